import yaml from "js-yaml";
import { describe, expect, it, vi } from "vitest";
import type { DocPath } from "../../src/model/types.js";
import { ComposedYamlLocator } from "../../src/parse/composed-yaml-locator.js";
import { ExactYamlLocator } from "../../src/parse/exact-yaml-locator.js";
import { LineIndex } from "../../src/parse/line-index.js";
import { parseFile } from "../../src/parse/parse-file.js";
import { YamlLocator } from "../../src/parse/yaml-locator.js";

/** [line, column, endLine, endColumn], 1-based, as the `yaml` locator answers. */
type Expected = [number, number, number, number];

function check(text: string, path: DocPath, expected: Expected, doc = 0) {
  const [line, column, endLine, endColumn] = expected;
  expect(new YamlLocator(text).locate(doc, path)).toEqual({ line, column, endLine, endColumn });
  // The locator of a parsed file follows the nodes recorded as it was read.
  expect(parseFile("t.yaml", text, "yaml").locator.locate(doc, path)).toEqual({ line, column, endLine, endColumn });
  const fast = new ComposedYamlLocator(text, new LineIndex(text).starts).find(doc, path);
  if (fast) expect(fast).toEqual(new ExactYamlLocator(text).find(doc, path));
  return fast;
}

describe("the composed-node locator answers, exactly as `yaml` does,", () => {
  it.each<[string, string, DocPath, Expected, number?]>([
    ["the last of repeated keys", "a: 1\nb: 2\na: 3\n", ["a"], [3, 1, 3, 5]],
    ["a key holding `:`", "Fn::GetAtt: [A, Arn]\nx: 1\n", ["Fn::GetAtt"], [1, 1, 1, 21]],
    ["quoted keys, escapes decoded", "'it''s': 1\n\"a\\tb\": 2\n", ["a\tb"], [2, 1, 2, 10]],
    ["a sequence at its key's indentation", "list:\n- a\n- b\nnext: 1\n", ["list", 1], [3, 3, 3, 4]],
    [
      "a compact mapping item, to the next item",
      "items:\n  - name: x\n    value: y\n  - name: z\n",
      ["items", 0],
      [2, 5, 4, 1],
    ],
    ["a compact sequence item", "m:\n- - a\n  - b\n- - c\n", ["m", 0, 1], [3, 5, 3, 6]],
    [
      "past comments, blank lines and trailing comments",
      "a:\n  # c\n\n  b: 1  # t\n\n  c: 2\n",
      ["a", "c"],
      [6, 3, 6, 7],
    ],
    ["a collection over the deeper comment after it", "a:\n  b: 1\n    # deeper\nc: 2\n", ["a"], [1, 1, 4, 1]],
    [
      "a tagged block scalar to its last non-blank line",
      "Code: !Sub |\n  echo\n\n  done\n\nNext: 1\n",
      ["Code"],
      [1, 1, 5, 1],
    ],
    ["a folded, stripped block scalar", "a: >-\n  one\n  two\nb: 1\n", ["a"], [1, 1, 4, 1]],
    [
      "a short-form tag's entry for the long form's key",
      "Value: !If [C, a, b]\n",
      ["Value", "Fn::If", 0],
      [1, 1, 1, 21],
    ],
    ["a scalar tag's entry for the long form's key", "Value: !Ref Param\n", ["Value", "Ref"], [1, 1, 1, 18]],
    ["through an anchored mapping", "base: &b\n  x: 1\n", ["base", "x"], [2, 3, 2, 7]],
    ["with CRLF line ends", "a:\r\n  b: |\r\n    x\r\n  c: 1\r\n", ["a", "b"], [2, 3, 4, 1]],
    ["in a later document", "# head\n---\na: 1\n---\nb:\n  - 2\n", ["b", 0], [6, 5, 6, 6], 1],
    ["a plain scalar over deeper lines", "a: one  \n\n  two # c\n    # c\nb: 1\n", ["a"], [1, 1, 3, 6]],
    ["past a quoted scalar over deeper lines", "a: 'one\n  two'\nb: 1\n", ["b"], [3, 1, 3, 5]],
    ["an item of a one-line flow sequence", "Action: [s3:GetObject , 'a,b', {k: v}]\n", ["Action", 2], [1, 32, 1, 38]],
    [
      "a plain item of a one-line flow sequence",
      "Action: [s3:GetObject , 'a,b', {k: v}]\n",
      ["Action", 0],
      [1, 10, 1, 22],
    ],
    ["a flow item whose plain scalar holds ` '`", "a: [[{( ': false}, ['0']]]\n", ["a", 0, 0], [1, 6, 1, 18]],
    ["a flow sequence over several lines", "a: [\n  1,\n  2]\nb: 1\n", ["a"], [1, 1, 3, 5]],
    ["past a flow sequence over several lines", "a: [\n  1,\n  2]\nb: 1\n", ["b"], [4, 1, 4, 5]],
    ["a tagged scalar on the line below its key", "a:\n  !Ref X\nb: 1\n", ["a"], [1, 1, 2, 9]],
    ["a quoted scalar on the line below its key", "a:\n  'quoted'\nb: 1\n", ["a"], [1, 1, 2, 11]],
    [
      "a flow sequence below its key, over several lines",
      "Layers:\n  [\n    x,\n    y\n  ]\nb: 1\n",
      ["Layers"],
      [1, 1, 5, 4],
    ],
    ["a nested quoted scalar over two lines", "m:\n  k: 'one\n    two'\n  j: 2\n", ["m", "k"], [2, 3, 3, 9]],
    ["past a flow mapping over several lines that starts an item", "- [\n  a: 1\n  ]\n- 2\n", [1], [4, 3, 4, 4]],
    ["the sequence for an index past its end", "a:\n  - 1\n", ["a", 5], [1, 1, 3, 1]],
    ["a number key written as js-yaml prints it", "200: ok\n", ["200"], [1, 1, 1, 8]],
    ["a key inherited through a merge key", "base: &b\n  x: 1\nc:\n  <<: *b\n", ["c", "x"], [2, 3, 2, 7]],
    ["a path into a flow mapping", "a: {b: 1}\n", ["a", "b"], [1, 5, 1, 9]],
    ["a plain scalar going on with an indicator", "a: one\n  - two\nb: 1\n", ["a"], [1, 1, 2, 8]],
    ["a document after a directive", "%YAML 1.2\n---\na: 1\n", ["a"], [3, 1, 3, 5]],
    ["a key that is not there (not the parent)", "a:\n  b: 1\n", ["a", "missing"], [1, 1, 3, 1]],
    ["a path through an alias", "a: &x {b: 1}\nc: *x\n", ["c", "b"], [1, 8, 1, 12]],
    ["an item of a flow sequence over several lines", "a: [\n  1,\n  2]\n", ["a", 0], [2, 3, 2, 4]],
    [
      'a flow item whose plain scalar holds `:"`',
      '"":\n service: [{service: (:"}, ["a: b"]]\n',
      ["", "service", 0],
      [2, 12, 2, 26],
    ],
    [
      'a flow mapping whose plain key holds ` :"`',
      'service:\n - {( :": false}\ndefault:\n - {__proto__: "\\n"}\n',
      ["service"],
      [1, 1, 3, 1],
    ],
  ])("%s", (_, text, path, expected, doc) => {
    expect(check(text, path, expected, doc)).toBeDefined();
  });
});

describe("the composed-node locator leaves to `yaml`, which still answers,", () => {
  it.each<[string, string, DocPath, Expected]>([
    ["a key `yaml` reads as a number", "1.0: a\n", ["1"], [1, 1, 1, 7]],
    ["a key `yaml` reads as null", "~: a\n", ["null"], [1, 1, 1, 5]],
    ["an explicit key", "? a\n: 1\n", ["a"], [1, 3, 2, 4]],
    ["a tag with no value after it", "f: !!python/name:m.f\ng: 1\n", ["f"], [1, 1, 1, 21]],
    ["a block scalar keeping its trailing lines", "a: |+\n  x\n\nb: 1\n", ["a"], [1, 1, 4, 1]],
    ["an item after an empty item", "a:\n  -\n  - 2\n", ["a", 1], [3, 5, 3, 6]],
    ["an item after a single-pair mapping in a flow sequence", "a: [k: v, w]\n", ["a", 1], [1, 11, 1, 12]],
  ])("%s", (_, text, path, expected) => {
    expect(check(text, path, expected)).toBeUndefined();
  });
});

// `yaml` reports an error on these and recovers otherwise (answering with the whole document, or a wrong key).
describe("where a flow value goes on at or left of its key's column, the locator reads it as js-yaml does", () => {
  it.each<[string, string, DocPath, Expected]>([
    ["a quoted scalar going on at its key's column", "a: 'one\ntwo'\nb: 1\n", ["b"], [3, 1, 3, 5]],
    [
      "a policy written as a JSON string, closed at its key's column",
      "Resources:\n  Role:\n    Policy: !Sub '{\n        \"a\": 1\n    }'\n  Fn:\n    Type: X\n",
      ["Resources", "Fn"],
      [6, 3, 8, 1],
    ],
    [
      "nested flow collections closed at their key's column",
      'Props:\n  List: [{\n    "a": 1\n  }]\n  Next: 2\n',
      ["Props", "Next"],
      [5, 3, 5, 10],
    ],
    ["a flow sequence going on at column 0", "a:\n  k: [\n1,\n2]\n  b: 1\n", ["a", "b"], [5, 3, 5, 7]],
  ])("%s", (_, text, path, [line, column, endLine, endColumn]) => {
    const [loaded] = parseFile("t.yaml", text, "yaml").documents;
    expect(path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], loaded)).toBeDefined();
    expect(new YamlLocator(text).locate(0, path)).toEqual({ line, column, endLine, endColumn });
  });
});

// `yaml` read the second policy's document as part of the first item, and its statement 0 as the first policy's:
// seven findings on the corpus pointed at a statement of the wrong policy.
it("finds a statement of the second of two policies written as JSON strings closed left of their key", () => {
  const policy = (name: string, action: string) =>
    `  - PolicyName: ${name}\n    PolicyDocument: !Sub '{\n      "Statement": [\n        {"Action": "${action}"}\n      ]\n    }'\n`;
  const text = `Role:\n  Policies:\n${policy("A", "kafka:X")}${policy("B", "iam:*")}`;
  const [loaded] = parseFile("t.yaml", text, "yaml").documents;
  expect(loaded).toMatchObject({ Role: { Policies: [{ PolicyName: "A" }, { PolicyName: "B" }] } });
  const located = new YamlLocator(text).locate(0, ["Role", "Policies", 1, "PolicyDocument"], ["Statement", 0]);
  expect(located).toEqual({ line: 12, column: 9, endLine: 12, endColumn: 28 });
  expect(text.split("\n")[11]).toContain("iam:*");
});

it("locates in a parsed file from the nodes recorded as it was read, without reading it again", () => {
  const text = "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 900\n";
  const loadAll = vi.spyOn(yaml, "loadAll");
  try {
    const parsed = parseFile("t.yaml", text, "yaml");
    expect(parsed.locator.locate(0, ["Resources", "Fn", "Properties", "Timeout"])).toEqual({
      line: 5,
      column: 7,
      endLine: 5,
      endColumn: 19,
    });
    expect(loadAll).toHaveBeenCalledTimes(1);
  } finally {
    loadAll.mockRestore();
  }
});
