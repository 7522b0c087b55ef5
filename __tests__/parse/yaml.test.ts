import { describe, expect, it } from "vitest";
import { composeYaml } from "../../src/parse/composed-yaml.js";
import { parseFile } from "../../src/parse/parse-file.js";

const parse = (text: string) => parseFile("t.yml", text, "yaml");

describe("YAML parsing and locating", () => {
  it("locates a mapping entry from its key to the end of its value", () => {
    const file = parse("functions:\n  api:\n    handler: x\n    timeout: 1200\n");
    expect(file.locator.locate(0, ["functions", "api", "timeout"])).toEqual({
      line: 4,
      column: 5,
      endLine: 4,
      endColumn: 18,
    });
  });

  it("locates sequence items, flow mappings and quoted keys", () => {
    const file = parse('events:\n  - http: { path: /x, "method": get }\n  - sqs: arn\n');
    expect(file.locator.locate(0, ["events", 1])).toMatchObject({ line: 3, column: 5 });
    expect(file.locator.locate(0, ["events", 0, "http", "method"])).toMatchObject({ line: 2, column: 23 });
  });

  it("counts documents of a multi-document stream separately", () => {
    const file = parse("kind: A\n---\nkind: B\nspec:\n  replicas: 3\n");
    expect(file.documents).toEqual([{ kind: "A" }, { kind: "B", spec: { replicas: 3 } }]);
    expect(file.locator.locate(1, ["spec", "replicas"])).toMatchObject({ line: 5, column: 3 });
  });

  it("falls back to the deepest node that exists", () => {
    const file = parse("a:\n  b: 1\n");
    expect(file.locator.locate(0, ["a", "missing", "deeper"])).toMatchObject({ line: 1, column: 1 });
  });

  it("follows merge keys to the inherited entry", () => {
    const file = parse("base: &base\n  timeout: 30\nfn:\n  <<: *base\n  memory: 128\n");
    expect(file.documents[0]).toMatchObject({ fn: { timeout: 30, memory: 128 } });
    expect(file.locator.locate(0, ["fn", "timeout"])).toMatchObject({ line: 2, column: 3 });
  });

  it("keeps columns exact after a byte-order mark and with CRLF line ends", () => {
    const file = parseFile("t.yml", "\ufeffa:\r\n  timeout: 5\r\n", "yaml");
    expect(file.documents).toEqual([{ a: { timeout: 5 } }]);
    expect(file.locator.locate(0, ["a", "timeout"])).toMatchObject({ line: 2, column: 3 });
  });

  it("knows a stream has anchors only when a node is anchored, not when a value holds `&`", () => {
    expect(composeYaml("url: https://x/?a=1&b=2\ncmd: make && make test\n").hasAnchors()).toBe(false);
    expect(composeYaml("base: &base {a: 1}\nother: *base\n").hasAnchors()).toBe(true);
  });

  it("reports a syntax error with its line and column", () => {
    const file = parse("a: 1\nb: [1, 2\nc: 3\n");
    expect(file.error).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(file.error?.line).toBeGreaterThanOrEqual(2);
    expect(file.documents).toEqual([]);
  });
});

describe("CloudFormation short-form tags", () => {
  const value = (yaml: string) => (parse(`v: ${yaml}\n`).documents[0] as { v: unknown }).v;

  it.each([
    ["!Ref Param", { Ref: "Param" }],
    ["!Sub 'arn:${AWS::Region}'", { "Fn::Sub": "arn:${AWS::Region}" }],
    ["!GetAtt Fn.Arn", { "Fn::GetAtt": ["Fn", "Arn"] }],
    ["!GetAtt Fn.Outputs.Name", { "Fn::GetAtt": ["Fn", "Outputs.Name"] }],
    ["!GetAtt [Fn, Arn]", { "Fn::GetAtt": ["Fn", "Arn"] }],
    ["!If [IsProd, 900, 30]", { "Fn::If": ["IsProd", 900, 30] }],
    ["!Join ['', [a, b]]", { "Fn::Join": ["", ["a", "b"]] }],
    ["!Select [0, !GetAZs '']", { "Fn::Select": [0, { "Fn::GetAZs": "" }] }],
    ["!Split [',', 'a,b']", { "Fn::Split": [",", "a,b"] }],
    ["!FindInMap [M, K, V]", { "Fn::FindInMap": ["M", "K", "V"] }],
    ["!Base64 text", { "Fn::Base64": "text" }],
    ["!Cidr [10.0.0.0/16, 4, 8]", { "Fn::Cidr": ["10.0.0.0/16", 4, 8] }],
    ["!ImportValue Shared", { "Fn::ImportValue": "Shared" }],
    ["!Equals [a, b]", { "Fn::Equals": ["a", "b"] }],
    [
      "!And [!Condition A, !Not [!Condition B]]",
      { "Fn::And": [{ Condition: "A" }, { "Fn::Not": [{ Condition: "B" }] }] },
    ],
    ["!Or [!Condition A, !Condition B]", { "Fn::Or": [{ Condition: "A" }, { Condition: "B" }] }],
    ["!Transform { Name: AWS::Include }", { "Fn::Transform": { Name: "AWS::Include" } }],
  ])("%s", (yaml, expected) => {
    expect(value(yaml)).toEqual(expected);
  });

  it("keeps the plain value of a tag it does not know (GitLab !reference) instead of failing", () => {
    expect(value("!reference [.setup, script]")).toEqual([".setup", "script"]);
  });
});
