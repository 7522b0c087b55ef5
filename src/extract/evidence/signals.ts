import type { ParsedFile } from "../../parse/parsed-file.js";
import type { ModelSink } from "../adapter.js";
import { type LiteralProbe, learnWordsOf, probeOfText, wordIndexesOf } from "./literal-probe.js";
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
  const probe = probeOfText(file.text);
  const occurs = (pattern: RegExp) => probe.occurs(pattern);
  const tried = candidates(signals, probe);
  for (let index = 0; index < signals.length; index++) {
    const signal = signals[index] as TextSignal;
    if (tried[index] === 0) continue;
    if (signal.path && !signal.path.test(file.path)) continue;
    if (signal.notPath?.test(file.path)) continue;
    if (!probe.mayMatch(signal.pattern) || (signal.requires && !signal.requires.every(occurs))) continue;
    if (signal.unless && occurs(signal.unless)) continue;
    const line = firstMatchLine(file.text, signal.pattern);
    if (line === undefined) continue;
    for (const category of signal.categories) sink.evidence({ category, value: signal.value, file: file.path, line });
    found.push(signal.value);
  }
  return found;
}

/**
 * A catalog's signals by the words their patterns need: those that need none, and (word, signal) pairs, flat,
 * one per word of each signal's pattern.
 */
interface CatalogIndex {
  always: number[];
  pairs: Int32Array;
}

const catalogIndexes = new WeakMap<readonly TextSignal[], CatalogIndex>();

/**
 * Prepares a catalog once: its words join the automaton together (adapters call this when they are created, so
 * the automaton the first file builds holds every catalog's words), and its signals are indexed by them.
 */
export function indexCatalog(signals: readonly TextSignal[]): CatalogIndex {
  let index = catalogIndexes.get(signals);
  if (!index) {
    for (const signal of signals)
      learnWordsOf([signal.pattern, ...(signal.requires ?? []), ...(signal.unless ? [signal.unless] : [])]);
    const always: number[] = [];
    const pairs: number[] = [];
    signals.forEach((signal, position) => {
      const words = wordIndexesOf(signal.pattern);
      if (!words) always.push(position);
      else for (const word of words) pairs.push(word, position);
    });
    index = { always, pairs: Int32Array.from(pairs) };
    catalogIndexes.set(signals, index);
  }
  return index;
}

/**
 * The signals worth trying on a file (flagged by position): a pattern none of whose words the text holds cannot
 * match, so a file is asked once per word of the catalog rather than once per word of every signal.
 */
function candidates(signals: readonly TextSignal[], probe: LiteralProbe): Uint8Array {
  const { always, pairs } = indexCatalog(signals);
  const tried = new Uint8Array(signals.length);
  for (const position of always) tried[position] = 1;
  for (let at = 0; at < pairs.length; at += 2) {
    if (probe.mayHold(pairs[at] as number)) tried[pairs[at + 1] as number] = 1;
  }
  return tried;
}
