// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform interpolation is what these tests read
// biome-ignore-all lint/suspicious/noExplicitAny: parsed documents are walked freely in assertions
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHcl } from "../../src/parse/hcl/parse-hcl.js";

const parse = (text: string) => parseHcl("main.tf", text);
const line = (text: string, ...path: (string | number)[]) => parse(text).locator.locate(0, path).line;

const LAMBDA = `# comment
// another
/* block
   comment */
variable "timeout" {
  default = 30
}

resource "aws_lambda_function" "api" {
  function_name = "api-\${var.stage}"
  timeout       = var.timeout
  memory_size   = 512 # trailing comment
  runtime       = "python3.12"
  tags          = { Team = "core", "cost-center" : 42 }
  layers        = [aws_lambda_layer_version.deps.arn, "arn:literal"]

  tracing_config {
    mode = "Active"
  }
  environment {
    variables = {
      TABLE = aws_dynamodb_table.t.name
    }
  }
}
`;

describe("parseHcl", () => {
  it("reads blocks by labels, nested blocks as lists, literals as values and expressions as ${…}", () => {
    const file = parse(LAMBDA);
    expect(file.error).toBeUndefined();
    const doc = file.documents[0] as Record<string, any>;
    expect(doc.variable.timeout).toEqual({ default: 30 });
    const fn = doc.resource.aws_lambda_function.api;
    expect(fn.function_name).toBe("api-${var.stage}");
    expect(fn.timeout).toBe("${var.timeout}");
    expect(fn.memory_size).toBe(512);
    expect(fn.tags).toEqual({ Team: "core", "cost-center": 42 });
    expect(fn.layers).toEqual(["${aws_lambda_layer_version.deps.arn}", "arn:literal"]);
    expect(fn.tracing_config).toEqual([{ mode: "Active" }]);
    expect(fn.environment[0].variables.TABLE).toBe("${aws_dynamodb_table.t.name}");
  });

  it("locates blocks, attributes, nested blocks and object members on their exact lines", () => {
    expect(line(LAMBDA, "variable", "timeout", "default")).toBe(6);
    expect(line(LAMBDA, "resource", "aws_lambda_function", "api")).toBe(9);
    expect(line(LAMBDA, "resource", "aws_lambda_function", "api", "timeout")).toBe(11);
    expect(line(LAMBDA, "resource", "aws_lambda_function", "api", "tracing_config", 0, "mode")).toBe(18);
    expect(line(LAMBDA, "resource", "aws_lambda_function", "api", "environment", 0, "variables", "TABLE")).toBe(22);
    const column = parse(LAMBDA).locator.locate(0, ["resource", "aws_lambda_function", "api", "memory_size"]).column;
    expect(column).toBe(3);
  });

  it("falls back to the deepest node that exists", () => {
    expect(line(LAMBDA, "resource", "aws_lambda_function", "api", "no_such_attribute")).toBe(9);
  });

  it("reads heredocs (plain and indented) and locates JSON statements inside them", () => {
    const text = `resource "aws_iam_policy" "p" {
  policy = <<POLICY
{
  "Statement": [
    { "Effect": "Allow", "Action": "*", "Resource": "\${aws_s3_bucket.b.arn}" }
  ]
}
POLICY
  description = <<-EOT
    indented
      more
    EOT
}
`;
    const file = parse(text);
    expect(file.error).toBeUndefined();
    const policy = (file.documents[0] as any).resource.aws_iam_policy.p;
    expect(JSON.parse(policy.policy).Statement[0].Resource).toBe("${aws_s3_bucket.b.arn}");
    expect(policy.description).toBe("indented\n  more\n");
    expect(line(text, "resource", "aws_iam_policy", "p", "policy", "Statement", 0)).toBe(5);
    expect(line(text, "resource", "aws_iam_policy", "p", "description")).toBe(9);
  });

  it("reads jsonencode({...}) as its object, with positions", () => {
    const text = `resource "aws_iam_role_policy" "p" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:*"]
        Resource = "*"
      },
    ]
  })
}
`;
    const policy = (parse(text).documents[0] as any).resource.aws_iam_role_policy.p.policy;
    expect(policy.Statement[0].Action).toEqual(["s3:*"]);
    expect(line(text, "resource", "aws_iam_role_policy", "p", "policy", "Statement", 0)).toBe(5);
    expect(line(text, "resource", "aws_iam_role_policy", "p", "policy", "Statement", 0, "Action")).toBe(7);
  });

  it("keeps interpolation, escapes, for-expressions, conditionals and calls as opaque text", () => {
    const text = `locals {
  a = "x \\"\${join(",", [for s in var.list : upper(s) if s != "}"])}\\" y"
  b = var.enabled ? 1 : 0
  c = [for k, v in var.map : v]
  d = { for k, v in var.map : k => v... }
  e = merge(var.tags, { Name = "n" })
  f = -5
  g = "$\${literal}"
  h = provider::aws::arn_parse("x")
  i = !var.flag
  j = aws_lambda_function.this[0].arn
  k = "%{ if var.x }yes%{ endif }"
}
locals {
  second = true
}
`;
    const file = parse(text);
    expect(file.error).toBeUndefined();
    const [first, second] = (file.documents[0] as any).locals;
    expect(first.a).toBe('x "${join(",", [for s in var.list : upper(s) if s != "}"])}" y');
    expect(first.b).toBe("${var.enabled ? 1 : 0}");
    expect(first.c).toBe("${[for k, v in var.map : v]}");
    expect(first.d).toBe("${{ for k, v in var.map : k => v... }}");
    expect(first.e).toBe('${merge(var.tags, { Name = "n" })}');
    expect(first.f).toBe(-5);
    expect(first.g).toBe("$${literal}");
    expect(first.h).toBe('${provider::aws::arn_parse("x")}');
    expect(first.i).toBe("${!var.flag}");
    expect(first.j).toBe("${aws_lambda_function.this[0].arn}");
    expect(first.k).toBe("%{ if var.x }yes%{ endif }");
    expect(second).toEqual({ second: true });
  });

  it("accepts one-line blocks, identifier labels and multi-line conditionals inside brackets", () => {
    const text = `terraform { required_version = ">= 1.0" }
resource aws_sqs_queue q { name = "q" }
locals {
  x = (
    var.a
    ? 1
    : 2
  )
}
`;
    const doc = parse(text).documents[0] as any;
    expect(doc.terraform).toEqual([{ required_version: ">= 1.0" }]);
    expect(doc.resource.aws_sqs_queue.q).toEqual({ name: "q" });
    expect(doc.locals[0].x).toContain("var.a");
  });

  it.each([
    ['resource "a" "b" {\n  x = 1\n', 3, 'expected "}" to close the block'],
    ['resource "a" "b" {\n  x = "open\n}\n', 2, "unterminated string"],
    ["locals {\n  x = [1, 2\n}\n", 3, 'expected "," or "]"'],
    ['resource "a" "b" {\n  policy = <<EOF\n{}\n}\n', 2, "heredoc not closed by EOF"],
    ["x = 1 y = 2\n", 1, "expected a line break"],
    ["/* never closed\n", 1, "unterminated /* comment"],
  ])("reports a syntax error with its line: %j", (text, expectedLine, message) => {
    const file = parse(text);
    expect(file.documents).toEqual([]);
    expect(file.error?.line).toBe(expectedLine);
    expect(file.error?.message).toContain(message);
  });

  it("reads an empty file as an empty document", () => {
    expect(parse("").documents).toEqual([{}]);
    expect(parse("# only a comment").documents).toEqual([{}]);
  });
});

describe("parseHcl on any input", () => {
  it("returns a document or one parse error, never throws", () => {
    const pieces = [
      'resource "a" "b" {',
      "}",
      "x = ",
      "[",
      "]",
      "{",
      '"',
      "${",
      "<<EOF\n",
      "EOF\n",
      "#",
      "\n",
      "a.b",
      "(",
      ")",
      ",",
      "?",
      ":",
      "for x in y :",
      "/*",
      "*/",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const file = parse(parts.join(" "));
        expect(file.error === undefined ? file.documents.length : file.documents.length + 1).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it("reports deep nesting as a parse error", () => {
    const file = parse(`x = ${"[".repeat(20000)}${"]".repeat(20000)}\n`);
    expect(file.error?.message).toBe("HCL nested too deeply to read");
  });
});
