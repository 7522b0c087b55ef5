import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../src/app/run-scan.js";
import { nodeFileSystem } from "../src/io/file-system.js";
import { scanFolder } from "./helpers/scan.js";

/**
 * One tester for every policy, ESLint-style: `fixtures/policies/<policy-id>/<case>/` holds the manifests and an
 * `expect.yml` listing exactly where that policy's findings land (`fires: []` for a compliant case), with their
 * message and severity where a case is about those. `parse-error` has cases too, though it is no policy.
 */
const ROOT = join(import.meta.dirname, "fixtures", "policies");
const policyIds = readdirSync(ROOT).filter((name) => statSync(join(ROOT, name)).isDirectory());

interface Expectation {
  fires: { file: string; line: number; message?: string; severity?: string }[];
}

describe.each(policyIds)("%s", (policyId) => {
  const cases = readdirSync(join(ROOT, policyId));

  it.each(cases)("%s", (name) => {
    const folder = join(ROOT, policyId, name);
    const expected = yaml.load(readFileSync(join(folder, "expect.yml"), "utf8")) as Expectation;
    const report = scanFolder(folder, { exclude: ["expect.yml"] });
    const actual = report.findings.filter((f) => f.policy === policyId);
    expect(actual.map((f) => ({ file: f.file, line: f.line }))).toEqual(
      expected.fires.map(({ file, line }) => ({ file, line })),
    );
    expected.fires.forEach((want, index) => {
      if (want.message) expect(actual[index]?.message).toContain(want.message);
      if (want.severity) expect(actual[index]?.severity).toBe(want.severity);
    });
  });
});

describe("the policy catalog", () => {
  const policies = loadAllPolicies(nodeFileSystem);

  it.each(policies.map((p) => p.id))("%s has a firing and a silent fixture", (id) => {
    const folder = join(ROOT, id);
    const expectations = readdirSync(folder).map(
      (name) => yaml.load(readFileSync(join(folder, name, "expect.yml"), "utf8")) as Expectation,
    );
    expect(expectations.some((e) => e.fires.length > 0)).toBe(true);
    expect(expectations.some((e) => e.fires.length === 0)).toBe(true);
  });
});
