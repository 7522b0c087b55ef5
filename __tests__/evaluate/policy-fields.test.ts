import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fieldReads, fieldsRead } from "../../src/evaluate/fields-read.js";
import { loadPolicies } from "../../src/evaluate/load-policies.js";
import type { Policy } from "../../src/evaluate/policy.js";
import { nodeFileSystem } from "../../src/io/file-system.js";

const BUILTIN = join(import.meta.dirname, "../../policies");

const POLICY = `id: short-timeout
title: Short timeout
severity: warning
subject: function
params: { maxSeconds: 60 }
when:
  required: [timeout]
assert:
  properties:
    timeout: { maximum: { $param: maxSeconds } }
at: timeout
message: "{{name}} runs {{timeout}} s, above {{params.maxSeconds}} s"
`;

function load(text: string) {
  const directory = mkdtempSync(join(tmpdir(), "archlint-fields-"));
  writeFileSync(join(directory, "policy.yml"), text);
  return loadPolicies(nodeFileSystem, [{ directory, displayPrefix: ".archlint/policies/", builtin: false }]);
}

describe("the fields a policy reads are checked against its subject's schema when it loads", () => {
  it("accepts a policy that reads only fields its subject has", () => {
    expect(load(POLICY).errors).toEqual([]);
  });

  it("rejects a misspelt field in assert, with its file, line and the nearest field", () => {
    const { policies, errors } = load(POLICY.replace("    timeout: { maximum", "    timout: { maximum"));
    expect(policies).toEqual([]);
    expect(errors).toEqual([
      {
        file: ".archlint/policies/policy.yml",
        line: 10,
        column: 5,
        message:
          'policy short-timeout reads "timout", which a function does not have; did you mean "timeout"? (docs/model.md lists every field)',
      },
    ]);
  });

  it("rejects a misspelt field in when's required list and in at", () => {
    const { errors } = load(
      POLICY.replace("required: [timeout]", "required: [timeot]").replace("at: timeout", "at: tmeout"),
    );
    expect(errors.map((e) => [e.line, e.message.replace(/ \(docs.*/, "")])).toEqual([
      [7, 'policy short-timeout reads "timeot", which a function does not have; did you mean "timeout"?'],
      [11, 'policy short-timeout reads "tmeout", which a function does not have; did you mean "timeout"?'],
    ]);
  });

  it("names the subject a field belongs to when the policy's subject has no such field", () => {
    const { errors } = load(POLICY.replace("subject: function", "subject: workload"));
    expect(errors[0]).toMatchObject({
      line: 7,
      message: expect.stringContaining(
        'reads "timeout", which a workload does not have; "timeout" is a field of a function, not of a workload',
      ),
    });
  });

  it("rejects a message placeholder that names no field, and a params placeholder the policy does not define", () => {
    const { errors } = load(POLICY.replace("{{name}}", "{{nmae}}").replace("params.maxSeconds", "params.maxSecond"));
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [
        12,
        'policy short-timeout reads "nmae", which a function does not have; did you mean "name"? (docs/model.md lists every field)',
      ],
      [
        12,
        'policy short-timeout reads params.maxSecond, which it does not define; did you mean "params.maxSeconds"? (its params are maxSeconds)',
      ],
    ]);
  });

  it("reads a param keyed by a field's value, {{params.x[field]}}: the param by its name, the key as a field", () => {
    const keyed = POLICY.replace("params: { maxSeconds: 60 }", "params: { maxSeconds: 60, unit: { aws-lambda: s } }");
    expect(load(keyed.replace("s, above", "{{params.unit[platform]}}, above")).errors).toEqual([]);
    const { errors } = load(keyed.replace("s, above", "{{params.units[platfrom]}}, above"));
    expect(errors.map((e) => e.message)).toEqual([
      'policy short-timeout reads params.units, which it does not define; did you mean "params.unit"? (its params are maxSeconds, unit)',
      'policy short-timeout reads "platfrom", which a function does not have; did you mean "platform"? (docs/model.md lists every field)',
    ]);
  });

  it("rejects a placeholder that is never closed", () => {
    expect(load(POLICY.replace("{{name}}", "{{name")).errors.map((e) => [e.line, e.message])).toEqual([
      [12, 'policy short-timeout\'s message opens a placeholder "{{" it never closes'],
    ]);
  });

  it("checks nested paths: a trigger's joined queue, through items and $data pointers", () => {
    const nested = POLICY.replace(
      /assert:[\s\S]*?at: timeout\n/,
      [
        "assert:",
        "  properties:",
        "    triggers:",
        "      items:",
        "        properties:",
        "          queue:",
        "            properties:",
        "              visibilityTimeout: { minimum: { $data: '4/timout' } }",
        "              visibiltyTimeout: { minimum: 1 }",
        "at: timeout",
        "",
      ].join("\n"),
    );
    expect(load(nested).errors.map((e) => [e.line, e.message.replace(/ \(docs.*/, "")])).toEqual([
      [15, 'policy short-timeout reads "timout", which a function does not have; did you mean "timeout"?'],
      [
        16,
        'policy short-timeout reads "triggers[].queue.visibiltyTimeout", which a function\'s triggers[].queue does not have; did you mean "triggers[].queue.visibilityTimeout"?',
      ],
    ]);
  });

  it("checks the items of `each` against the list's item schema, and {{subject.x}} against the subject", () => {
    const each = [
      "id: container-images",
      "title: Image",
      "severity: notice",
      "subject: workload",
      "each: containers",
      "assert: { required: [imgae] }",
      'message: "{{subject.nme}} runs {{image}}"',
      "",
    ].join("\n");
    expect(load(each).errors.map((e) => e.message.replace(/ \(docs.*/, ""))).toEqual([
      'policy container-images reads "imgae", which a workload\'s containers[] item does not have; did you mean "image"?',
      'policy container-images reads "nme", which a workload does not have; did you mean "name"?',
    ]);
    expect(load(each.replace("each: containers", "each: container")).errors[0]?.message).toContain(
      'reads "container", which a workload does not have; did you mean "containers"?',
    );
  });

  it("leaves maps and values of any shape open: labels and a trigger's source are not judged", () => {
    const open = POLICY.replace(
      "    timeout: { maximum: { $param: maxSeconds } }",
      "    triggers: { items: { properties: { source: { required: [Ref] } } } }",
    );
    expect(load(open).errors).toEqual([]);
  });

  it("loads every built-in policy: none reads a field its subject lacks", () => {
    const { policies, errors } = loadPolicies(nodeFileSystem, [
      { directory: BUILTIN, displayPrefix: "policies/", builtin: true },
    ]);
    expect(errors).toEqual([]);
    expect(policies.length).toBeGreaterThan(30);
  });
});

describe("fieldReads", () => {
  const policy = (fields: Partial<Policy>): Policy => ({
    id: "p",
    title: "t",
    severity: "error",
    subject: "function",
    assert: {},
    message: "m",
    ...fields,
  });

  it("resolves a $data pointer from where it stands", () => {
    const reads = fieldReads(policy({ assert: { properties: { maxReplicas: { minimum: { $data: "1/min" } } } } }));
    expect(reads.map((r) => r.path.join("."))).toEqual(["maxReplicas", "min"]);
  });

  it("fieldsRead keeps the top-level fields, which decide whether an unresolved value spares a subject", () => {
    const read = fieldsRead(
      policy({
        when: { required: ["timeout"] },
        assert: { properties: { triggers: { items: { required: ["kind"] } } } },
      }),
    );
    expect([...read].sort()).toEqual(["timeout", "triggers"]);
  });
});
