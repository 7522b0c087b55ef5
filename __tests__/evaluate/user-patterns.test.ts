import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePolicy, schemaCompiler } from "../../src/evaluate/compile.js";
import { loadPolicies } from "../../src/evaluate/load-policies.js";
import { nodeFileSystem } from "../../src/io/file-system.js";

const policyWithPattern = (pattern: string) => `id: team-runtime-name
title: Runtime names follow the team's convention
severity: notice
subject: function
assert:
  properties:
    runtime:
      pattern: ${JSON.stringify(pattern)}
message: "{{name}} has an unexpected runtime"
`;

function load(pattern: string) {
  const directory = mkdtempSync(join(tmpdir(), "archlint-policies-"));
  writeFileSync(join(directory, "team.yml"), policyWithPattern(pattern));
  return loadPolicies(nodeFileSystem, [{ directory, displayPrefix: ".archlint/policies/", builtin: false }]);
}

describe("patterns in users' policies", () => {
  it("run in linear time: a catastrophic-backtracking pattern answers at once", () => {
    const { policies, errors } = load("^(a+)+$");
    expect(errors).toEqual([]);
    const compiled = compilePolicy(policies[0] as (typeof policies)[number], schemaCompiler());
    const started = performance.now();
    expect(compiled.assert({ runtime: `${"a".repeat(50_000)}!` })).toBe(false);
    expect(compiled.assert({ runtime: "aaaa" })).toBe(true);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it.each(["(?=node)node", "(a)\\1"])("%s (no linear-time engine can run it) is refused at its line", (pattern) => {
    const { policies, errors } = load(pattern);
    expect(policies).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({
        file: ".archlint/policies/team.yml",
        message: expect.stringMatching(/policy team-runtime-name does not compile: .*regexp/),
      }),
    ]);
  });
});
