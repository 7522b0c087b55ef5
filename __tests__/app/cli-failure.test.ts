import { describe, expect, it } from "vitest";
import { main, type Terminal } from "../../src/cli/main.js";

/** A terminal whose stdout breaks with an unexpected error: archlint's fault, so status 3. */
function brokenTerminal(): Terminal & { errors: string[] } {
  const errors: string[] = [];
  return {
    errors,
    stdout: {
      write: () => {
        throw new TypeError("boom");
      },
    },
    stderr: { write: (text: string) => errors.push(text) },
    now: () => new Date("2026-01-01T00:00:00Z"),
  };
}

describe("the CLI's internal errors", () => {
  it("exit 3 naming what failed and where to report it, without a stack trace", () => {
    const terminal = brokenTerminal();
    expect(main(["--version", "--format", "json", "policies"], terminal)).toBe(3);
    const message = terminal.errors.join("");
    expect(message).toMatch(/^archlint \S+: internal error: TypeError: boom\n/);
    expect(message).toContain("Run again with --debug for the stack trace.");
    expect(message).toContain("please report it at https://github.com/archlint/archlint/issues");
    expect(message).not.toMatch(/\n\s+at /);
  });

  it("print the stack with --debug", () => {
    const terminal = brokenTerminal();
    expect(main(["--version", "--debug"], terminal)).toBe(3);
    expect(terminal.errors.join("")).toMatch(/TypeError: boom\n\s+at /);
  });
});
