/**
 * The lines a pull request changed, per repository-relative file, read from the pull request's files API: the
 * `+` lines of each patch. A file without a patch (binary, too large, a pure rename) counts as changed throughout.
 */
export interface ChangedLines {
  files: Map<string, Set<number> | "whole-file">;
}

export interface PullRequestFile {
  filename: string;
  status: string;
  patch?: string;
}

export function changedLinesFrom(files: PullRequestFile[]): ChangedLines {
  const changed = new Map<string, Set<number> | "whole-file">();
  for (const file of files) {
    if (file.status === "removed") continue;
    changed.set(file.filename, file.patch === undefined ? "whole-file" : addedLines(file.patch));
  }
  return { files: changed };
}

/** Line numbers (in the new file) of the lines a unified diff adds. */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const line of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
    } else if (line.startsWith("+")) {
      lines.add(next);
      next += 1;
    } else if (line.startsWith(" ") || line === "") {
      next += 1;
    }
    // "-" lines are gone from the new file; "\ No newline at end of file" is not a line.
  }
  return lines;
}

/** Whether a finding's range touches a changed line; `file` is relative to the repository root. */
export function touchesChangedLine(changed: ChangedLines, file: string, line: number, endLine = line): boolean {
  const lines = changed.files.get(file);
  if (lines === undefined) return false;
  if (lines === "whole-file") return true;
  for (let n = line; n <= endLine; n++) if (lines.has(n)) return true;
  return false;
}
