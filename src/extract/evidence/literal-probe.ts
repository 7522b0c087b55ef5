import { requiredLiteralSets, requiredLiterals } from "./required-literals.js";
import { WordAutomaton } from "./word-automaton.js";

/** A word a pattern needs, prepared once per pattern: how it is compared and its lower-case form. */
interface Word {
  text: string;
  folded: string;
  exact: boolean;
}

/**
 * Which words a text contains: every evidence detector asks about the same file, and a pattern whose required
 * words are absent cannot match (see `requiredLiterals`). All the words ever asked about are looked for in one
 * pass per file (`WordAutomaton`); a word asked about for the first time is looked up on its own and joins the
 * automaton later (see `KnownWords`).
 */
export class LiteralProbe {
  private occurring?: Uint8Array;
  private readonly answers = new Map<Word, boolean>();

  constructor(private readonly text: string) {}

  /** False when the text lacks every word of one of the sets the pattern needs (see `requiredLiteralSets`). */
  mayMatch(pattern: RegExp): boolean {
    const needed = wordSetsOf(pattern);
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
  occurs(pattern: RegExp): boolean {
    return this.mayMatch(pattern) && pattern.test(this.text);
  }

  /**
   * The automaton folds case: a word that must match exactly is then confirmed with `includes`. Only those
   * answers, and those for words the automaton does not hold yet, are kept: the rest are a read of `occurring`.
   */
  private has(word: Word): boolean {
    const occurring = this.occurringWords();
    const index = known.indexOf(word.folded);
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
    this.occurring ??= known.occurrences(this.text);
    return this.occurring;
  }

  private lookUp(word: Word): boolean {
    known.learn(word.folded);
    return word.exact ? this.text.includes(word.text) : new RegExp(escapeRegExp(word.text), "i").test(this.text);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Every word asked about so far, in lower case, and the automaton that finds them. Words met one at a time are
 * looked up alone until they are a third of those it holds, then it is rebuilt with them, so a stream of new
 * words costs a few rebuilds, not one each; a catalog's words, learnt together, join at the next file.
 */
class KnownWords {
  private readonly indexes = new Map<string, number>();
  private automaton = new WordAutomaton([]);
  private rebuild = false;

  /** The word's index; the automaton's too when the word was known when it was built. */
  indexOf(folded: string): number | undefined {
    return this.indexes.get(folded);
  }

  learn(folded: string, now = false): void {
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

const known = new KnownWords();
const prepared = new WeakMap<RegExp, readonly (readonly Word[])[] | null>();

function wordSetsOf(pattern: RegExp): readonly (readonly Word[])[] | null {
  let sets = prepared.get(pattern);
  if (sets === undefined) {
    const exact = !pattern.flags.includes("i");
    const word = (text: string): Word => ({ text, folded: text.toLowerCase(), exact });
    sets = requiredLiteralSets(pattern)?.map((set) => set.map(word)) ?? null;
    prepared.set(pattern, sets);
  }
  return sets;
}

/**
 * The indexes of the known words one of which the pattern needs, from its most selective set (see `mayHold`);
 * null when it needs none.
 */
export function wordIndexesOf(pattern: RegExp): number[] | null {
  const words = requiredLiterals(pattern);
  if (!words) return null;
  return words.map((text) => {
    const folded = text.toLowerCase();
    known.learn(folded);
    return known.indexOf(folded) as number;
  });
}

/** Words the patterns need join the automaton before a file asks about them. */
export function learnWordsOf(patterns: readonly RegExp[]): void {
  for (const pattern of patterns)
    for (const set of wordSetsOf(pattern) ?? []) for (const word of set) known.learn(word.folded, true);
}

let lastProbe: LiteralProbe | undefined;
let lastText: string | undefined;

/** The probe of the text seen last: detectors run one file at a time, so one is kept, never a file's worth more. */
export function probeOfText(text: string): LiteralProbe {
  if (text !== lastText || !lastProbe) {
    lastText = text;
    lastProbe = new LiteralProbe(text);
  }
  return lastProbe;
}
