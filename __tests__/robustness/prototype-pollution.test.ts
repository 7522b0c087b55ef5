import { afterEach, describe, expect, it } from "vitest";
import { parseErrors, scanTree, timeoutFindings } from "./hostile-tree.js";

const serverless = (name: string) =>
  [
    "service: s",
    "provider:",
    "  name: aws",
    "  __proto__: { polluted: provider }",
    "functions:",
    `  ${name}:`,
    "    handler: h",
    "    timeout: 1200",
    "    __proto__:",
    "      polluted: function",
    "    constructor:",
    "      prototype:",
    "        polluted: constructor",
    "",
  ].join("\n");

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe("__proto__ and constructor keys", () => {
  it.each(["__proto__", "constructor", "prototype", "hasOwnProperty", "toString"])(
    "a function named %s pollutes nothing and is read like any other",
    (name) => {
      const result = scanTree({
        "serverless.yml": serverless(name),
        "other.json": '{"__proto__": {"polluted": "json"}, "constructor": {"prototype": {"polluted": "json"}}}',
        "serverless.json": JSON.stringify({ provider: { name: "aws" }, functions: { [name]: { timeout: 1000 } } }),
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(parseErrors(result)).toEqual([]);
      expect(timeoutFindings(result)).toEqual([
        { file: "serverless.json", line: 1, column: expect.any(Number) },
        { file: "serverless.yml", line: 8, column: 5 },
      ]);
    },
  );
});
