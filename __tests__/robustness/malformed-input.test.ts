import { describe, expect, it } from "vitest";
import { parseErrors, scanTree, TOO_LONG, timeoutFindings } from "./hostile-tree.js";

/** Each hostile file sits beside a sound serverless.yml: its finding proves the scan went on. */
const scanBeside = (entries: Record<string, string | Uint8Array>) => {
  const result = scanTree({ ...entries, "app/serverless.yml": TOO_LONG });
  expect(timeoutFindings(result)).toEqual([{ file: "app/serverless.yml", line: 7, column: 5 }]);
  return parseErrors(result);
};

describe("malformed input gives a parse-error at its line, and the scan goes on", () => {
  it("YAML", () => {
    expect(scanBeside({ "bad.yml": "a: 1\nb: [1, 2\nc: 3\n" })).toEqual([
      expect.objectContaining({
        file: "bad.yml",
        line: 3,
        message: expect.stringContaining("could not be read as YAML"),
      }),
    ]);
  });

  it("JSON", () => {
    expect(scanBeside({ "bad.json": '{\n  "a": 1,\n  "b": ]\n}\n' })).toEqual([
      expect.objectContaining({ file: "bad.json", line: 3, message: expect.stringContaining("invalid JSON") }),
    ]);
  });

  it("tabs used as YAML indentation", () => {
    expect(scanBeside({ "tabs.yml": "root:\n\tchild: 1\n" })).toEqual([
      expect.objectContaining({ file: "tabs.yml", line: 2 }),
    ]);
  });

  it("binary content and invalid UTF-8 under manifest names", () => {
    const errors = scanBeside({
      "binary.yml": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0a]),
      "latin1.json": new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
    });
    expect(errors).toEqual([
      expect.objectContaining({ file: "binary.yml", line: 1, message: expect.stringContaining("binary content") }),
      expect.objectContaining({ file: "latin1.json", line: 1, message: expect.stringContaining("not valid UTF-8") }),
    ]);
  });
});

describe("oversized structures are refused, never expanded", () => {
  it("a YAML alias bomb (billion laughs) is refused without being expanded (387 million nodes)", () => {
    const levels = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i <= 9; i++)
      levels.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    const started = performance.now();
    const errors = scanBeside({ "bomb.yml": `${levels.join("\n")}\n` });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(errors).toEqual([
      expect.objectContaining({ file: "bomb.yml", message: expect.stringContaining("aliases expand to more than") }),
    ]);
  });

  it("ordinary anchors and merge keys are read", () => {
    const text = "defaults: &d\n  timeout: 1\nfunctions:\n  a:\n    <<: *d\n  b:\n    <<: *d\n";
    expect(scanBeside({ "anchors.yml": text })).toEqual([]);
  });

  it.each([
    ["deep.json", `${"[".repeat(200_000)}${"]".repeat(200_000)}`],
    ["deep-object.json", `${'{"a":'.repeat(200_000)}1${"}".repeat(200_000)}`],
    ["deep.yml", `a: ${"[".repeat(200_000)}${"]".repeat(200_000)}\n`],
    ["deep-map.yml", `a: ${"{a: ".repeat(200_000)}1${"}".repeat(200_000)}\n`],
  ])("%s, 200,000 levels deep", (name, text) => {
    expect(scanBeside({ [name]: text })).toEqual([
      expect.objectContaining({
        file: name,
        message: expect.stringMatching(/nested deeper than|nested too deeply|nesting exceeded/),
      }),
    ]);
  });

  it("a 1 MB scalar is read like any other value", () => {
    expect(
      scanBeside({ "big.yml": `key: ${"x".repeat(1024 * 1024)}\n`, "big.json": `{"k": "${"y".repeat(1024 * 1024)}"}` }),
    ).toEqual([]);
  });
});
