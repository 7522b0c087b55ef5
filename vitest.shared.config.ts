import { defineConfig } from "vitest/config";

/** Checks against ../shared (the corpus, the peer suites): run by .ci/run when it is there, not by `npm test`. */
export default defineConfig({
  test: {
    include: ["__tests__/shared/**/*.test.ts"],
    testTimeout: 600_000,
    pool: "forks",
  },
});
