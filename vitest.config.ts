import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    // Checks against ../shared run through vitest.shared.config.ts (see .ci/run), not with `npm test`.
    exclude: [...configDefaults.exclude, "__tests__/shared/**"],
    testTimeout: 60_000,
    pool: "forks",
  },
});
