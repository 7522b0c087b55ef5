import { describe, expect, it } from "vitest";
import { addedLines, changedLinesFrom, touchesChangedLine } from "../../src/report/changed-lines.js";

const PATCH = [
  "@@ -1,4 +1,5 @@",
  " service: api",
  "-provider: aws",
  "+provider:",
  "+  name: aws",
  " functions:",
  "@@ -20,3 +21,3 @@ functions:",
  "   build:",
  "-    timeout: 30",
  "+    timeout: 1200",
  "\\ No newline at end of file",
].join("\n");

describe("changed lines", () => {
  it("reads the added lines of each hunk, counted in the new file", () => {
    expect([...addedLines(PATCH)]).toEqual([2, 3, 22]);
  });

  it("treats a file without a patch as changed throughout and ignores removed files", () => {
    const changed = changedLinesFrom([
      { filename: "serverless.yml", status: "modified", patch: PATCH },
      { filename: "big.json", status: "modified" },
      { filename: "gone.yml", status: "removed" },
    ]);
    expect(touchesChangedLine(changed, "serverless.yml", 22)).toBe(true);
    expect(touchesChangedLine(changed, "serverless.yml", 21)).toBe(false);
    expect(touchesChangedLine(changed, "serverless.yml", 20, 22)).toBe(true);
    expect(touchesChangedLine(changed, "big.json", 900)).toBe(true);
    expect(touchesChangedLine(changed, "gone.yml", 1)).toBe(false);
    expect(touchesChangedLine(changed, "other.yml", 1)).toBe(false);
  });
});
