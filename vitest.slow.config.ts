import { defineConfig } from "vitest/config";

/**
 * `npm run test:slow`: the committed bundles end to end (CLI, action against a fake GitHub, the npm package, the
 * pre-commit hook, the documented workflows), the benchmark script, and every property at its full case count.
 * .ci/run runs it after checking that dist/ is rebuilt from the sources.
 */
export default defineConfig({
  test: {
    include: ["__tests__/e2e/**/*.test.ts", "__tests__/bench/**/*.test.ts", "__tests__/properties/**/*.test.ts"],
    env: { ARCHLINT_PROPERTY_RUNS: "full" },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
