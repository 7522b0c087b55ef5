import { configDefaults, defineConfig } from "vitest/config";

/**
 * `npm test`: the contributor loop, the source-level tests. The bundles' end-to-end tests, the benchmark script's
 * and the property tests at full strength run with vitest.slow.config.ts (`npm run test:slow`), the checks against
 * ../shared with vitest.shared.config.ts; .ci/run runs all three.
 */
export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "__tests__/e2e/**", "__tests__/bench/**", "__tests__/shared/**"],
    testTimeout: 60_000,
    pool: "forks",
  },
});
