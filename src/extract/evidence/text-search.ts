import type { ParsedFile } from "../../parse/parsed-file.js";

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

const globalOf = (pattern: RegExp) => (pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`));

/**
 * The line of the first match of `pattern` outside comment lines (and on a line `accept`s), or undefined. Callers
 * with many patterns first rule out those whose words the text lacks (see `LiteralProbe.mayMatch`).
 */
export function firstMatchLine(
  text: string,
  pattern: RegExp,
  accept: (line: number) => boolean = () => true,
): number | undefined {
  // The first match is usually the one: a global copy of the pattern is compiled only to look further.
  const stateless = !pattern.global && !pattern.sticky;
  const first = stateless ? pattern.exec(text) : null;
  if (stateless && first === null) return undefined;
  const line = first === null ? undefined : acceptedLine(text, first, accept);
  if (line !== undefined) return line;
  for (const match of text.matchAll(globalOf(pattern))) {
    const line = acceptedLine(text, match, accept);
    if (line !== undefined) return line;
  }
  return undefined;
}

function acceptedLine(text: string, match: RegExpExecArray, accept: (line: number) => boolean): number | undefined {
  // A leading `\s*` may start the match on a blank line above: the evidence is where its text begins.
  const start = match.index + (match[0].length - match[0].trimStart().length);
  if (isCommentLine(text, start)) return undefined;
  const line = lineAt(text, start);
  return accept(line) ? line : undefined;
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
