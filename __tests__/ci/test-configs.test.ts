import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { minimatch } from "minimatch";
import { describe, expect, it } from "vitest";
import fast from "../../vitest.config.js";
import shared from "../../vitest.shared.config.js";
import slow from "../../vitest.slow.config.js";
import { PROJECT } from "../helpers/bundle.js";

/** `npm test` is the fast loop; .ci/run must still run every test file through one of the three configs. */

const testFiles = readdirSync(join(PROJECT, "__tests__"), { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".test.ts"))
  .map((name) => `__tests__/${name.split("\\").join("/")}`);

function runs(config: typeof fast, file: string): boolean {
  const { include = [], exclude = [] } = config.test ?? {};
  return include.some((glob) => minimatch(file, glob)) && !exclude.some((glob) => minimatch(file, glob));
}

describe("the test configurations", () => {
  it("together run every test file", () => {
    expect(testFiles.length).toBeGreaterThan(50);
    expect(testFiles.filter((file) => ![fast, slow, shared].some((config) => runs(config, file)))).toEqual([]);
  });

  it("keep the bundles' end-to-end tests and the benchmark script out of npm test", () => {
    const inFast = testFiles.filter((file) => runs(fast, file));
    expect(inFast.filter((file) => /^__tests__\/(e2e|bench|shared)\//.test(file))).toEqual([]);
    expect(inFast).toContain("__tests__/policy-fixtures.test.ts");
  });

  it("are all run by .ci/run", () => {
    const ci = readFileSync(join(PROJECT, ".ci", "run"), "utf8");
    const scripts = JSON.parse(readFileSync(join(PROJECT, "package.json"), "utf8")).scripts;
    expect(scripts.test).toBe("vitest run");
    expect(scripts["test:slow"]).toBe("vitest run --config vitest.slow.config.ts");
    for (const command of ["npm test", "npm run test:slow", "--config vitest.slow.config.ts __tests__/e2e"]) {
      expect(ci).toContain(command);
    }
    expect(ci).toContain("--config vitest.shared.config.ts");
  });
});
