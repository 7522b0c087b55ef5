const ALPHABET_BITS = 7;
const ALPHABET = 1 << ALPHABET_BITS;
/** ASCII is folded to lower case, as a case-insensitive regular expression folds it; the rest is one symbol. */
const symbolOf = (code: number) => (code >= ALPHABET ? 0 : code >= 65 && code <= 90 ? code + 32 : code);
const FOLDED = Uint8Array.from({ length: ALPHABET }, (_, code) => symbolOf(code));

/**
 * Aho–Corasick: which of many words occur in a text, case-insensitively, in one pass over it. A word with
 * characters beyond ASCII may be reported where it does not occur (they all read as one symbol), never missed.
 * Words are not empty.
 */
export class WordAutomaton {
  /** The words a state ends, by state. */
  private readonly ends: (readonly number[] | undefined)[];
  /**
   * `next` as the scan reads it: the offset of the next state's row (state × ALPHABET), negated when that state
   * ends a word, so one load per character both moves and tells whether to record. The root ends no word.
   */
  private readonly rows: Int32Array;

  constructor(readonly words: readonly string[]) {
    const trie = buildTrie(words);
    const next = new Int32Array(trie.children.length * ALPHABET);
    this.ends = trie.ends;
    this.link(trie.children, next);
    this.rows = next.map((state) => (this.ends[state] ? -state : state) * ALPHABET);
  }

  /** For each word, by index, whether it occurs. */
  occurrences(text: string): Uint8Array {
    const found = new Uint8Array(this.words.length);
    const { rows, ends } = this;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      row = rows[row + (code < ALPHABET ? (FOLDED[code] as number) : 0)] as number;
      if (row < 0) {
        row = -row;
        for (const word of ends[row >>> ALPHABET_BITS] as readonly number[]) found[word] = 1;
      }
    }
    return found;
  }

  /** Fills the transition table breadth first; a state also ends every word its failure state ends. */
  private link(children: Map<number, number>[], next: Int32Array): void {
    const failure = new Int32Array(children.length);
    const queue: number[] = [];
    for (let symbol = 0; symbol < ALPHABET; symbol++) {
      const child = children[0]?.get(symbol) ?? 0;
      next[symbol] = child;
      if (child !== 0) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const fallback = failure[state] as number;
      const inherited = this.ends[fallback];
      if (inherited) this.ends[state] = [...(this.ends[state] ?? []), ...inherited];
      next.copyWithin(state * ALPHABET, fallback * ALPHABET, (fallback + 1) * ALPHABET);
      for (const [symbol, child] of children[state] ?? []) {
        failure[child] = next[state * ALPHABET + symbol] as number;
        next[state * ALPHABET + symbol] = child;
        queue.push(child);
      }
    }
  }
}

function buildTrie(words: readonly string[]) {
  const children: Map<number, number>[] = [new Map()];
  const ends: (number[] | undefined)[] = [undefined];
  words.forEach((word, index) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const symbol = symbolOf(word.charCodeAt(i));
      let child = children[state]?.get(symbol);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push(undefined);
        children[state]?.set(symbol, child);
      }
      state = child;
    }
    ends[state] = [...(ends[state] ?? []), index];
  });
  return { children, ends };
}
