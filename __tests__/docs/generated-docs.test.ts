import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT } from "../helpers/bundle.js";

const check = (root: string) =>
  spawnSync(process.execPath, [join(PROJECT, "scripts", "generate-docs.mjs"), "--check", "--root", root], {
    encoding: "utf8",
  });

describe("generated docs", () => {
  it("docs/model.md and docs/policies.md match schemas/model/ and policies/ (run npm run docs)", () => {
    const result = check(PROJECT);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("are reported stale when a policy changes without regenerating", () => {
    const copy = mkdtempSync(join(tmpdir(), "archlint-docs-"));
    for (const folder of ["schemas", "policies", "docs"])
      cpSync(join(PROJECT, folder), join(copy, folder), { recursive: true });
    writeFileSync(
      join(copy, "policies", "zz-new.yml"),
      "id: zz-new\ntitle: New\nseverity: notice\nsubject: function\nassert: {}\nmessage: m\n",
    );
    const result = check(copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${join(copy, "docs", "policies.md")} is stale: run npm run docs\n`);
  });
});
