import type { WordedPattern } from "../../knowledge/text-signal.js";
import { WordAutomaton } from "./word-automaton.js";

/** A word a pattern needs, prepared once per pattern: how it is compared and its lower-case form. */
interface Word {
  text: string;
  folded: string;
  exact: boolean;
}

type WordSets = readonly (readonly Word[])[];

/**
 * The words the evidence detectors of one scan ask about, in lower case, and the automaton that finds them.
 * Words met one at a time are looked up alone until they are a third of those it holds, then it is rebuilt with
 * them, so a stream of new words costs a few rebuilds, not one each; a catalog's words, learnt together, join
 * at the next file. The detectors ask about one file at a time, so the probe of the last text is kept.
 */
export class Vocabulary {
  private readonly indexes = new Map<string, number>();
  private automaton = new WordAutomaton([]);
  private rebuild = false;
  private readonly prepared = new WeakMap<WordedPattern, WordSets | null>();
  private last?: LiteralProbe;

  /** The probe of a text: the one of the text seen last, or a new one. */
  probeOf(text: string): LiteralProbe {
    if (this.last?.text !== text) this.last = new LiteralProbe(text, this);
    return this.last;
  }

  /** Words the patterns need join the automaton before a file asks about them. */
  learn(patterns: readonly WordedPattern[]): void {
    for (const pattern of patterns)
      for (const set of this.wordSetsOf(pattern) ?? []) for (const word of set) this.learnWord(word.folded, true);
  }

  /**
   * The indexes of the known words one of which the pattern needs, from its most selective set (see
   * `LiteralProbe.mayHold`); null when it needs none.
   */
  wordIndexesOf(pattern: WordedPattern): number[] | null {
    const best = this.wordSetsOf(pattern)?.reduce<readonly Word[] | undefined>(moreSelective, undefined);
    if (!best) return null;
    return best.map(({ folded }) => {
      this.learnWord(folded);
      return this.indexOf(folded) as number;
    });
  }

  wordSetsOf(pattern: WordedPattern): WordSets | null {
    let sets = this.prepared.get(pattern);
    if (sets === undefined) {
      const exact = !pattern.pattern.flags.includes("i");
      const word = (text: string): Word => ({ text, folded: text.toLowerCase(), exact });
      sets = pattern.words?.length
        ? pattern.words.map((set) => (typeof set === "string" ? [set] : set).map(word))
        : null;
      this.prepared.set(pattern, sets);
    }
    return sets;
  }

  /** The word's index; the automaton's too when the word was known when it was built. */
  indexOf(folded: string): number | undefined {
    return this.indexes.get(folded);
  }

  learnWord(folded: string, now = false): void {
    if (this.indexes.has(folded)) return;
    this.indexes.set(folded, this.indexes.size);
    this.rebuild ||= now;
  }

  occurrences(text: string): Uint8Array {
    const built = this.automaton.words.length;
    if (this.rebuild || this.indexes.size - built >= Math.max(1, built / 3)) {
      this.automaton = new WordAutomaton([...this.indexes.keys()]);
      this.rebuild = false;
    }
    return this.automaton.occurrences(text);
  }
}

/** A set is only as selective as its shortest word; of two as selective, the one with fewer words is. */
function moreSelective(a: readonly Word[] | undefined, b: readonly Word[]): readonly Word[] {
  if (!a) return b;
  const score = (set: readonly Word[]) => Math.min(...set.map((word) => word.text.length));
  return score(b) > score(a) || (score(b) === score(a) && b.length < a.length) ? b : a;
}

/**
 * Which words a text contains: every evidence detector asks about the same file, and a pattern whose required
 * words are absent cannot match. All the words ever asked about are looked for in one pass per file (the
 * vocabulary's `WordAutomaton`); a word asked about for the first time is looked up on its own and joins the
 * automaton later.
 */
export class LiteralProbe {
  private occurring?: Uint8Array;
  private readonly answers = new Map<Word, boolean>();

  constructor(
    readonly text: string,
    private readonly vocabulary: Vocabulary,
  ) {}

  /** False when the text lacks every word of one of the sets the pattern needs. */
  mayMatch(pattern: WordedPattern): boolean {
    const needed = this.vocabulary.wordSetsOf(pattern);
    if (!needed) return true;
    for (const set of needed) if (!set.some((word) => this.has(word))) return false;
    return true;
  }

  /**
   * Whether the text may hold the known word of that index (case-folded): false only when the automaton,
   * holding the word, did not find it.
   */
  mayHold(word: number): boolean {
    const occurring = this.occurringWords();
    return word >= occurring.length || occurring[word] === 1;
  }

  /** Whether the pattern matches somewhere in the text, run only when its words are there. */
  occurs(pattern: WordedPattern): boolean {
    return this.mayMatch(pattern) && pattern.pattern.test(this.text);
  }

  /**
   * The automaton folds case: a word that must match exactly is then confirmed with `includes`. Only those
   * answers, and those for words the automaton does not hold yet, are kept: the rest are a read of `occurring`.
   */
  private has(word: Word): boolean {
    const occurring = this.occurringWords();
    const index = this.vocabulary.indexOf(word.folded);
    const inAutomaton = index !== undefined && index < occurring.length;
    if (inAutomaton && (occurring[index] === 0 || !word.exact)) return occurring[index] === 1;
    let present = this.answers.get(word);
    if (present === undefined) {
      present = inAutomaton ? this.text.includes(word.text) : this.lookUp(word);
      this.answers.set(word, present);
    }
    return present;
  }

  /** The automaton's one pass over the text, made when a word is first asked about. */
  private occurringWords(): Uint8Array {
    this.occurring ??= this.vocabulary.occurrences(this.text);
    return this.occurring;
  }

  private lookUp(word: Word): boolean {
    this.vocabulary.learnWord(word.folded);
    return word.exact ? this.text.includes(word.text) : new RegExp(escapeRegExp(word.text), "i").test(this.text);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
