import type { ParsedFile } from "../../parse/parsed-file.js";
import type { ModelSink } from "../adapter.js";
import { firstMatchLine } from "./text-search.js";

/**
 * A piece of text that proves a tool is in use: a resource type, an image, an environment variable, a kind.
 * Signals are data; one engine reads them, each at most once per file, on the line of its first match.
 */
export interface TextSignal {
  /** The tool (and, where it helps, the artefact) the evidence names. */
  value: string;
  /** Evidence categories it proves: pillars, `mesh`, `iac`, `cluster-in-code`, … */
  categories: readonly string[];
  pattern: RegExp;
  /** Only files whose path matches; every file otherwise. */
  path?: RegExp;
  /** Never files whose path matches. */
  notPath?: RegExp;
  /** Further patterns that must all occur somewhere in the same file. */
  requires?: readonly RegExp[];
  /** A pattern that, anywhere in the file, takes the evidence back (a default that was switched off). */
  unless?: RegExp;
}

/** Emits the evidence of every signal the file's text shows; returns the values found. */
export function emitSignals(file: ParsedFile, signals: readonly TextSignal[], sink: ModelSink): string[] {
  const found: string[] = [];
  if (!file.text) return found;
  let lower: string | undefined;
  for (const signal of signals) {
    if (signal.path && !signal.path.test(file.path)) continue;
    if (signal.notPath?.test(file.path)) continue;
    const mayMatch = (pattern: RegExp) => {
      const needle = needleOf(pattern);
      if (!needle) return true;
      if (!pattern.flags.includes("i")) return file.text.includes(needle);
      lower ??= file.text.toLowerCase();
      return lower.includes(needle.toLowerCase());
    };
    if (!mayMatch(signal.pattern) || !(signal.requires ?? []).every(mayMatch)) continue;
    if (signal.requires && !signal.requires.every((pattern) => pattern.test(file.text))) continue;
    if (signal.unless?.test(file.text)) continue;
    const line = firstMatchLine(file.text, signal.pattern);
    if (line === undefined) continue;
    for (const category of signal.categories) sink.evidence({ category, value: signal.value, file: file.path, line });
    found.push(signal.value);
  }
  return found;
}

const needles = new WeakMap<RegExp, string>();

/**
 * A word every match of the pattern contains, so most files are ruled out by `includes` before the regular
 * expression runs (a pattern starting with `^\s*` has no literal prefix for the engine to skip ahead with).
 * Only derived when it is certain: no alternation at the top level, and the word right after optional anchors and
 * whitespace, cut before any quantifier that could make its last letter optional. Empty when unsure.
 */
export function needleOf(pattern: RegExp): string {
  const cached = needles.get(pattern);
  if (cached !== undefined) return cached;
  const needle = deriveNeedle(pattern.source);
  needles.set(pattern, needle);
  return needle;
}

function deriveNeedle(source: string): string {
  if (hasTopLevelAlternation(source)) return "";
  const body = source.replace(/^(?:\^|\\s\*|\\b|\[[^\]]*\][?*])*/, "");
  const word = /^[A-Za-z0-9_]+/.exec(body)?.[0] ?? "";
  const next = body[word.length];
  const safe = next === "?" || next === "*" || next === "{" ? word.slice(0, -1) : word;
  return safe.length >= 3 ? safe : "";
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}
