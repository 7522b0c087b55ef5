import type { TextSignal } from "../../knowledge/text-signal.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { ModelSink } from "../adapter.js";
import type { LiteralProbe, Vocabulary } from "./literal-probe.js";
import { firstMatchLine } from "./text-search.js";

/**
 * A catalog of signals prepared for one scan: its words join the vocabulary together (adapters make their
 * catalogs when they are created, so the automaton the first file builds holds every catalog's words), and its
 * signals are indexed by them: those that need no word, and (word, signal) pairs, flat, one per word of each
 * signal's most selective set.
 */
export class SignalCatalog {
  private readonly always: number[] = [];
  private readonly pairs: Int32Array;

  constructor(
    private readonly signals: readonly TextSignal[],
    private readonly vocabulary: Vocabulary,
  ) {
    vocabulary.learn(signals);
    vocabulary.learn(signals.flatMap((signal) => signal.requires ?? []));
    const pairs: number[] = [];
    signals.forEach((signal, position) => {
      const words = vocabulary.wordIndexesOf(signal);
      if (!words) this.always.push(position);
      else for (const word of words) pairs.push(word, position);
    });
    this.pairs = Int32Array.from(pairs);
  }

  /** Emits the evidence of every signal the file's text shows. */
  emit(file: ParsedFile, sink: ModelSink): void {
    if (!file.text) return;
    const probe = this.vocabulary.probeOf(file.text);
    const tried = this.candidates(probe);
    for (let index = 0; index < this.signals.length; index++) {
      const signal = this.signals[index] as TextSignal;
      if (tried[index] === 0) continue;
      if (signal.path && !signal.path.test(file.path)) continue;
      if (signal.notPath?.test(file.path)) continue;
      if (!probe.mayMatch(signal) || (signal.requires && !signal.requires.every((required) => probe.occurs(required))))
        continue;
      if (signal.unless?.test(file.text)) continue;
      const line = firstMatchLine(file.text, signal.pattern);
      if (line === undefined) continue;
      for (const category of signal.categories) sink.evidence({ category, value: signal.value, file: file.path, line });
    }
  }

  /**
   * The signals worth trying on a file (flagged by position): a pattern none of whose words the text holds
   * cannot match, so a file is asked once per word of the catalog rather than once per word of every signal.
   */
  private candidates(probe: LiteralProbe): Uint8Array {
    const { always, pairs } = this;
    const tried = new Uint8Array(this.signals.length);
    for (const position of always) tried[position] = 1;
    for (let at = 0; at < pairs.length; at += 2) {
      if (probe.mayHold(pairs[at] as number)) tried[pairs[at + 1] as number] = 1;
    }
    return tried;
  }
}
