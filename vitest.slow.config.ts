import { defineConfig } from "vitest/config";

/**
 * `npm run test:slow`: the committed bundles end to end (CLI, action against a fake GitHub, the npm package, the
 * pre-commit hook, the documented workflows), the benchmark script, and every property at its full case count.
 * A global setup rebuilds the bundles first when they were built from other sources (__tests__/e2e/global-setup.ts).
 * .ci/run runs it after checking that the committed dist/ is what the sources build.
 */
export default defineConfig({
  test: {
    globalSetup: ["__tests__/e2e/global-setup.ts"],
    include: ["__tests__/e2e/**/*.test.ts", "__tests__/bench/**/*.test.ts", "__tests__/properties/**/*.test.ts"],
    env: { ARCHLINT_PROPERTY_RUNS: "full" },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
