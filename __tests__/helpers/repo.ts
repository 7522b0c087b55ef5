import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A throwaway repository with these files (paths relative to its root); returns the root. */
export function makeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "archlint-repo-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Text with `|` margins, so a test can show a manifest with its exact lines and indentation. */
export function lines(...content: string[]): string {
  return `${content.join("\n")}\n`;
}
