import { Minimatch } from "minimatch";
import { RE2JS } from "re2js";

export const MAX_GLOB_LENGTH = 256;
export const MAX_BRACE_EXPANSIONS = 256;

/**
 * minimatch's guards against `.` and `..` segments. Paths built from directory entries never hold such a
 * segment, so removing the guards changes no match, and leaves a regex RE2 can run.
 */
const DOT_SEGMENT_GUARDS = ["(?!(?:^|\\/)\\.\\.?(?:$|\\/))", "(?!(?:\\/|^)(?:\\.{1,2})($|\\/))"];

export class UnsafeGlobError extends Error {}

export interface Glob {
  match(path: string): boolean;
}

/**
 * A config glob, matched in linear time. minimatch reads it (its syntax is the documented one), but its regexes
 * backtrack: `*a*a*a*b` spends seconds on one long file name, and file names come with the pull request. So
 * its regex runs on RE2, and brace expansions, which minimatch multiplies out up front, are capped.
 */
export function compileGlob(pattern: string): Glob {
  if (pattern.length > MAX_GLOB_LENGTH) {
    throw new UnsafeGlobError(`glob "${pattern.slice(0, 40)}…" is longer than ${MAX_GLOB_LENGTH} characters`);
  }
  if (braceExpansions(pattern) > MAX_BRACE_EXPANSIONS) {
    throw new UnsafeGlobError(`glob "${pattern}" expands to more than ${MAX_BRACE_EXPANSIONS} patterns`);
  }
  const regex = new Minimatch(pattern, { dot: true, nocomment: true, nonegate: true }).makeRe();
  if (regex === false) return { match: () => false };
  const source = DOT_SEGMENT_GUARDS.reduce((text, guard) => text.replaceAll(guard, ""), regex.source);
  try {
    const re2 = RE2JS.compile(source, regex.flags.includes("i") ? RE2JS.CASE_INSENSITIVE : 0);
    return { match: (path) => re2.test(path) };
  } catch {
    throw new UnsafeGlobError(`glob "${pattern}" uses a negated pattern (!(…)), which archlint does not support`);
  }
}

/** An upper bound of the patterns `{a,b}` groups and `{1..9}` ranges multiply out to. */
function braceExpansions(pattern: string): number {
  let total = 1;
  for (const range of pattern.matchAll(/\{(-?\w+)\.\.(-?\w+)(?:\.\.-?\d+)?\}/g)) {
    const [from, to] = [range[1] as string, range[2] as string].map((end) =>
      /^-?\d+$/.test(end) ? Number(end) : end.charCodeAt(0),
    );
    total *= Math.abs((to as number) - (from as number)) + 1;
  }
  const commas: number[] = [];
  for (const char of pattern) {
    if (char === "{") commas.push(0);
    else if (char === "," && commas.length) commas[commas.length - 1] = (commas.at(-1) as number) + 1;
    else if (char === "}" && commas.length) total *= (commas.pop() as number) + 1;
  }
  return total;
}
