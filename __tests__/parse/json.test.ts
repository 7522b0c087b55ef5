import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse/parse-file.js";

describe("JSON parsing and locating", () => {
  const text = '{\n  "Resources": {\n    "Fn": {\n      "Properties": { "Timeout": 1200 }\n    }\n  }\n}\n';

  it("locates a property from its key to the end of its value", () => {
    const file = parseFile("t.json", text, "json");
    expect(file.locator.locate(0, ["Resources", "Fn", "Properties", "Timeout"])).toEqual({
      line: 4,
      column: 23,
      endLine: 4,
      endColumn: 38,
    });
  });

  it("reads JSON with comments and trailing commas as editors do", () => {
    const file = parseFile("t.json", '{\n  // a comment\n  "a": [1, 2,],\n}\n', "json");
    expect(file.error).toBeUndefined();
    expect(file.documents).toEqual([{ a: [1, 2] }]);
  });

  it("reports invalid JSON with the line of the problem", () => {
    const file = parseFile("t.json", '{\n  "a": 1\n  "b": 2\n}\n', "json");
    expect(file.error).toMatchObject({ line: 3, message: expect.stringContaining("invalid JSON") });
  });
});
