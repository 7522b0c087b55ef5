import { describe, expect, it } from "vitest";
import { compilePolicy, schemaCompiler } from "../../src/evaluate/compile.js";
import { evaluate } from "../../src/evaluate/evaluate.js";
import type { LoadedPolicy } from "../../src/evaluate/policy.js";
import { renderTemplate } from "../../src/evaluate/template.js";
import { createEntity, markUnresolved, setField } from "../../src/extract/entity.js";

const ref = (...path: (string | number)[]) => ({ file: "s.yml", doc: 0, path });

function fn(name: string, fields: Record<string, unknown>) {
  const entity = createEntity(
    { kind: "function", name, platform: "aws-lambda", format: "test", ref: ref(name) },
    { triggers: [] },
  );
  for (const [key, value] of Object.entries(fields)) setField(entity, key, value, ref(name, key));
  return entity;
}

function policy(fields: Partial<LoadedPolicy>): LoadedPolicy {
  return {
    id: "p",
    title: "P",
    severity: "warning",
    subject: "function",
    assert: {},
    message: "m",
    origin: { file: "p.yml", builtin: false },
    ...fields,
  };
}

const run = (p: LoadedPolicy, entities: ReturnType<typeof fn>[], params?: Record<string, unknown>) =>
  evaluate(entities, [compilePolicy(p, schemaCompiler(), params)]);

describe("evaluate", () => {
  const budget = policy({
    params: { max: 60 },
    when: { required: ["timeout"] },
    assert: { properties: { timeout: { maximum: { $param: "max" } } } },
    at: "timeout",
    message: "{{name}}: {{timeout}} s > {{params.max}} s",
  });

  it("finds subjects that fail the assert, pointing at the `at` field, with the params in the message", () => {
    const findings = run(budget, [fn("slow", { timeout: 120 }), fn("fast", { timeout: 30 }), fn("unknown", {})]);
    expect(findings.map((f) => [f.subject.name, f.message, f.ref.path])).toEqual([
      ["slow", "slow: 120 s > 60 s", ["slow", "timeout"]],
    ]);
  });

  it("takes params from the config over the policy's defaults", () => {
    expect(run(budget, [fn("slow", { timeout: 120 })], { max: 200 })).toEqual([]);
  });

  it("gives one finding per failing item with `each`, at the item's origin", () => {
    const entity = fn("f", {});
    entity.items = [{ ok: true }, { ok: false }, { ok: false }];
    entity.origins["items.2"] = { ref: ref("f", "items", 2) };
    const findings = run(
      policy({ each: "items", assert: { properties: { ok: { const: true } } }, message: "{{subject.name}}" }),
      [entity],
    );
    expect(findings.map((f) => [f.field, f.ref.path, f.message])).toEqual([
      ["items.1", ["f"], "f"],
      ["items.2", ["f", "items", 2], "f"],
    ]);
  });

  it("raises the severity with the first matching `escalate`", () => {
    const p = policy({
      assert: { required: ["snapStart"] },
      escalate: [{ severity: "error", when: { properties: { runtime: { pattern: "^java" } }, required: ["runtime"] } }],
    });
    const findings = run(p, [fn("j", { runtime: "java21" }), fn("n", { runtime: "nodejs20.x" })]);
    expect(findings.map((f) => [f.subject.name, f.severity])).toEqual([
      ["j", "error"],
      ["n", "warning"],
    ]);
  });

  it("does not judge a subject when a field the policy reads could not be resolved", () => {
    const tracing = policy({
      when: { required: ["platform"] },
      assert: { required: ["tracing"], properties: { tracing: { const: true } } },
    });
    const unresolved = fn("conditional", {});
    markUnresolved(unresolved, "tracing", ref("conditional", "tracing"));
    const other = fn("other", {});
    markUnresolved(other, "memory", ref("other", "memory"));
    expect(run(tracing, [unresolved, other]).map((f) => f.subject.name)).toEqual(["other"]);
  });

  it("appends the note of the field it points at", () => {
    const entity = fn("inherited", {});
    setField(entity, "timeout", 120, ref("provider", "timeout"), "inherited from provider.timeout");
    expect(run(budget, [entity])[0]?.message).toBe("inherited: 120 s > 60 s (inherited from provider.timeout)");
  });
});

describe("message templates", () => {
  it("reads fields, nested fields and params keyed by a field's value", () => {
    const context = {
      name: "f",
      platform: "aws-lambda",
      a: { b: 2.456 },
      list: ["x", "y"],
      params: { "aws-lambda": 900 },
    };
    expect(renderTemplate("{{name}} {{a.b}} {{list}} {{params[platform]}} {{missing}}", context)).toBe(
      "f 2.46 x, y 900 ?",
    );
  });
});
