import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCheckedConfig } from "../../src/app/run-scan.js";
import { ConfigurationErrors } from "../../src/config/configuration-errors.js";
import { loadConfig } from "../../src/config/load-config.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { compileWaivers } from "../../src/suppress/waivers.js";

function configErrors(text: string): string[] {
  const root = mkdtempSync(join(tmpdir(), "archlint-config-"));
  writeFileSync(join(root, ".archlint.yml"), text);
  try {
    loadConfig(nodeFileSystem, root);
  } catch (error) {
    if (error instanceof ConfigurationErrors) return error.message.split("\n");
    throw error;
  }
  return [];
}

const waiver = (path: string, expires: string) =>
  `  - policy: log-retention-unset\n    path: "${path}"\n    reason: accepted until the migration\n    expires: ${expires}\n`;

describe("the config's dates and globs", () => {
  it("refuses a day that does not exist as written, not as YAML rolled it over, at its line", () => {
    expect(configErrors(`waivers:\n${waiver("a.yml", "2026-02-30")}`)).toEqual([
      ".archlint.yml:5:5: waivers.0.expires: 2026-02-30 is not a day of the calendar",
    ]);
    expect(configErrors(`reassessment:\n  lastReviewed: 2026-13-01\n`)).toEqual([
      ".archlint.yml:2:3: reassessment.lastReviewed: 2026-13-01 is not a day of the calendar",
    ]);
    expect(configErrors(`waivers:\n${waiver("a.yml", "2028-02-29")}`)).toEqual([]);
  });

  it("reports a schema error, a bad date and an unsafe glob in one pass", () => {
    const errors = configErrors(
      `failOn: sometimes\nwaivers:\n${waiver("{a,b}".repeat(12), "2026-02-30")}reassessment:\n  lastReviewed: 2026-13-01\n`,
    );
    expect(errors).toHaveLength(4);
    expect(errors.join("\n")).toMatch(/\.archlint\.yml:1:\d+: .*failOn/);
    expect(errors.join("\n")).toContain(".archlint.yml:4:5: glob");
    expect(errors.join("\n")).toContain("waivers.0.expires: 2026-02-30");
    expect(errors.join("\n")).toContain("reassessment.lastReviewed: 2026-13-01");
  });

  it("names an unknown policy id in the same pass as the schema's and the calendar's errors", () => {
    const root = mkdtempSync(join(tmpdir(), "archlint-config-"));
    writeFileSync(
      join(root, ".archlint.yml"),
      `failOn: sometimes\npolicies:\n  log-retention-unsett: off\nwaivers:\n${waiver("a.yml", "2026-02-30")}`,
    );
    let errors: string[] = [];
    try {
      loadCheckedConfig(nodeFileSystem, root);
    } catch (error) {
      if (!(error instanceof ConfigurationErrors)) throw error;
      errors = error.message.split("\n");
    }
    expect(errors).toHaveLength(3);
    expect(errors.join("\n")).toMatch(/failOn/);
    expect(errors.join("\n")).toContain("waivers.0.expires: 2026-02-30");
    expect(errors.join("\n")).toContain(
      '"log-retention-unsett" is not a policy id; did you mean "log-retention-unset"?',
    );
  });

  it("matches a waiver's path in linear time: a backtracking pattern on a 40-character name returns at once", () => {
    const [matcher] = compileWaivers(
      [{ policy: "p", path: "*a*a*a*a*a*a*a*a*a*a*a*b", reason: "r", expires: "2030-01-01" }],
      new Date("2026-01-01T00:00:00Z"),
    );
    const file = `${"a".repeat(40)}.yml`;
    const finding = { policy: "p", ref: { file }, subject: { name: "x" } } as Parameters<
      NonNullable<typeof matcher>["matches"]
    >[0];
    const started = performance.now();
    expect(matcher?.matches(finding)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
