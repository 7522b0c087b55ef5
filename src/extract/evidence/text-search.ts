import type { ParsedFile } from "../../parse/parsed-file.js";

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** The line of the first match of `pattern` outside comment lines, or undefined. */
export function firstMatchLine(text: string, pattern: RegExp): number | undefined {
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  for (const match of text.matchAll(global)) {
    // A leading `\s*` may start the match on a blank line above: the evidence is where its text begins.
    const start = match.index + (match[0].length - match[0].trimStart().length);
    if (!isCommentLine(text, start)) return lineAt(text, start);
  }
  return undefined;
}

function isCommentLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(start, offset).trimStart();
  return before.startsWith("#") || before.startsWith("//");
}

/** A file's name without its folder. */
export function baseName(file: ParsedFile | string): string {
  const path = typeof file === "string" ? file : file.path;
  return path.slice(path.lastIndexOf("/") + 1);
}
