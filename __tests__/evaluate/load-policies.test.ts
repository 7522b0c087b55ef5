import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicies } from "../../src/evaluate/load-policies.js";
import { nodeFileSystem } from "../../src/io/file-system.js";

const BUILTIN = join(import.meta.dirname, "../../policies");

const VALID = `id: short-timeout
title: Short timeout
severity: warning
subject: function
params: { maxSeconds: 60 }
assert:
  properties:
    timeout: { maximum: { $param: maxSeconds } }
at: timeout
message: "{{name}} runs {{timeout}} s"
`;

function load(files: Record<string, string>) {
  const directory = mkdtempSync(join(tmpdir(), "archlint-policies-"));
  mkdirSync(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return loadPolicies(nodeFileSystem, [{ directory, displayPrefix: "custom/", builtin: false }]);
}

describe("the policy meta-schema", () => {
  it("accepts a well-formed policy", () => {
    const { policies, errors } = load({ "short.yml": VALID });
    expect(errors).toEqual([]);
    expect(policies.map((p) => [p.id, p.origin.file])).toEqual([["short-timeout", "custom/short.yml"]]);
  });

  it("rejects an unknown key with its file and line", () => {
    const { errors } = load({ "bad.yml": VALID.replace("at: timeout", "at: timeout\nseverty: error") });
    expect(errors).toEqual([
      expect.objectContaining({
        file: "custom/bad.yml",
        line: 10,
        column: 1,
        message: 'unknown key "severty"; did you mean "severity"?',
      }),
    ]);
  });

  it("rejects a wrong severity and a missing message with their lines", () => {
    const { errors } = load({
      "bad.yml": VALID.replace("severity: warning", "severity: fatal").replace(/message:.*\n/, ""),
    });
    expect(errors).toContainEqual(
      expect.objectContaining({ line: 3, message: expect.stringContaining("one of error, warning, notice") }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ line: 1, message: 'the policy is missing "message"' }));
  });

  it("rejects a non-kebab-case id and a $param the policy does not define", () => {
    expect(load({ "a.yml": VALID.replace("id: short-timeout", "id: Short_Timeout") }).errors[0]).toMatchObject({
      line: 1,
    });
    const undefinedParam = load({ "b.yml": VALID.replace("$param: maxSeconds", "$param: maxSecs") }).errors[0];
    expect(undefinedParam).toMatchObject({ line: 6, message: expect.stringContaining('"maxSecs"') });
  });

  it("rejects an assert that is not a valid JSON Schema", () => {
    const { errors } = load({ "c.yml": VALID.replace("maximum: { $param: maxSeconds }", "maximum: high") });
    expect(errors[0]).toMatchObject({
      file: "custom/c.yml",
      line: 6,
      message: expect.stringContaining("does not compile"),
    });
  });

  it("rejects a second policy with the same id", () => {
    const { policies, errors } = load({ "a.yml": VALID, "b.yml": VALID });
    expect(policies).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: "custom/b.yml",
      line: 1,
      message: expect.stringContaining("already defined in custom/a.yml"),
    });
  });

  it("holds the built-in policies, compiled unchecked at run time, to the JSON Schema meta-schema", () => {
    const checked = loadPolicies(nodeFileSystem, [{ directory: BUILTIN, displayPrefix: "policies/", builtin: false }]);
    expect(checked.errors).toEqual([]);
    expect(checked.policies.length).toBeGreaterThan(30);
  });
});
