import { describe, expect, it } from "vitest";
import { parseErrors, scanTree, TOO_LONG, timeoutFindings } from "./hostile-tree.js";

const BOM = "\uFEFF";
const crlf = (text: string) => text.replace(/\n/g, "\r\n");
const EXPECTED = [{ file: "serverless.yml", line: 7, column: 5 }];

describe("line endings, byte order marks and tabs keep lines and columns exact", () => {
  it.each([
    ["LF", TOO_LONG],
    ["CRLF", crlf(TOO_LONG)],
    ["a BOM", BOM + TOO_LONG],
    ["a BOM and CRLF", BOM + crlf(TOO_LONG)],
    ["tabs inside values", TOO_LONG.replace("handler: h", "handler: 'h\tx'\t# a tab")],
  ])("%s", (_, text) => {
    const result = scanTree({ "serverless.yml": text });
    expect(parseErrors(result)).toEqual([]);
    expect(timeoutFindings(result)).toEqual(EXPECTED);
  });

  it.each([
    ["CRLF", crlf('{\n  "a": 1,\n  "b": ]\n}\n')],
    ["a BOM", `${BOM}{\n  "a": 1,\n  "b": ]\n}\n`],
  ])("a JSON parse error after %s is on its line", (_, text) => {
    expect(parseErrors(scanTree({ "bad.json": text }))).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it("a YAML parse error after a BOM and CRLF is on its line", () => {
    const text = `${BOM}${crlf("a: 1\nb: [1, 2\nc: 3\n")}`;
    expect(parseErrors(scanTree({ "bad.yml": text }))).toEqual([expect.objectContaining({ line: 3 })]);
  });
});
