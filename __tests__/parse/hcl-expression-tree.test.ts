import { describe, expect, it } from "vitest";
import { referencesIn } from "../../src/extract/terraform/references.js";
import { type Expression, parseTemplate } from "../../src/parse/hcl/expression-tree.js";

const whole = (text: string): Expression | undefined => {
  const template = parseTemplate(text);
  return template.kind === "template" && template.parts.length === 1 ? (template.parts[0] as Expression) : undefined;
};

describe("HCL expression trees", () => {
  it("reads a template's text, interpolations, escapes and directives", () => {
    expect(parseTemplate("arn:${var.partition}:x $${literal} %{ if a }b%{ endif }")).toEqual({
      kind: "template",
      parts: [
        { kind: "text", text: "arn:" },
        { kind: "traversal", root: "var", steps: [{ kind: "attribute", name: "partition" }] },
        { kind: "text", text: ":x ${literal} " },
        { kind: "directive", source: "%{ if a }" },
        { kind: "text", text: "b" },
        { kind: "directive", source: "%{ endif }" },
      ],
    });
  });

  it("reads traversals with index and splat steps", () => {
    expect(whole("${aws_sqs_queue.jobs[0].arn}")).toEqual({
      kind: "traversal",
      root: "aws_sqs_queue",
      steps: [
        { kind: "attribute", name: "jobs" },
        { kind: "index", key: { kind: "literal", value: 0 } },
        { kind: "attribute", name: "arn" },
      ],
    });
    expect(whole("${aws_lambda_function.f[*].arn}")).toMatchObject({ steps: [{}, { kind: "splat" }, {}] });
  });

  it("reads operators by precedence, and a conditional around them", () => {
    expect(whole("${var.a && var.b == 2 || !var.c ? 1 : 0}")).toMatchObject({
      kind: "conditional",
      condition: {
        kind: "binary",
        operator: "||",
        left: { kind: "binary", operator: "&&", right: { kind: "binary", operator: "==" } },
        right: { kind: "unary", operator: "!" },
      },
      whenTrue: { kind: "literal", value: 1 },
      whenFalse: { kind: "literal", value: 0 },
    });
  });

  it("reads calls, nested templates, objects, tuples and for-expressions", () => {
    expect(whole('${templatefile("${path.module}/a.tpl", { arn = aws_sns_topic.t.arn })}')).toMatchObject({
      kind: "call",
      name: "templatefile",
      args: [{ kind: "template" }, { kind: "object", entries: [{ key: { value: "arn" } }] }],
    });
    expect(whole('${[for s in aws_subnet.x : s.id if s.id != ""]}')).toMatchObject({ kind: "for" });
    expect(whole("${{for k, v in var.m : k => v...}}")).toMatchObject({ kind: "for" });
  });

  it("gives an unreadable template, never an exception", () => {
    expect(parseTemplate("${var.a +}")).toEqual({ kind: "unreadable" });
    expect(parseTemplate("${")).toEqual({ kind: "unreadable" });
  });
});

describe("Terraform references from the tree", () => {
  it("finds resources, data sources and modules in order, with the attribute after an index", () => {
    const value = "${jsonencode({ q = aws_sqs_queue.jobs[0].arn, d = data.aws_iam_policy_document.p.json })}";
    expect(referencesIn(value).map((r) => [r.address, r.attribute])).toEqual([
      ["aws_sqs_queue.jobs", "arn"],
      ["data.aws_iam_policy_document.p", "json"],
    ]);
    expect(referencesIn("${module.fn.lambda_function_arn}")[0]).toMatchObject({ type: "module", name: "fn" });
  });

  it("skips variables, locals and meta-arguments, and words inside string literals", () => {
    expect(referencesIn('${var.a}${local.b}${each.value}${count.index}${replace(var.x, "a.b", "c")}')).toEqual([]);
  });
});
