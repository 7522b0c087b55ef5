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
    // Test files share each worker's loaded modules: a third of the CPU time of a fresh module graph per file
    // (20 s against 59 s here). What modules hold is set at import and the same in every run (the parser
    // registry); a test that passes only in isolation is a bug to fix, not a reason to turn this off.
    isolate: false,
  },
});
