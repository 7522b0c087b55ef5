const BEYOND_ASCII = 128;
/** ASCII is folded to lower case, as a case-insensitive regular expression folds it; the rest is one character. */
const foldedOf = (code: number) => (code >= BEYOND_ASCII ? BEYOND_ASCII : code >= 65 && code <= 90 ? code + 32 : code);

/**
 * Aho–Corasick: which of many words occur in a text, case-insensitively, in one pass over it. A word with
 * characters beyond ASCII may be reported where it does not occur (they all read as one symbol), never missed.
 * Words are not empty.
 */
export class WordAutomaton {
  /** The words a state ends, by state. */
  private readonly ends: (readonly number[] | undefined)[];
  /**
   * Each folded character's symbol: the characters no word holds share symbol 0 (no word can match across
   * them), so a state's row has only as many cells as the words have distinct characters, and the table stays
   * small enough for the processor's cache.
   */
  private readonly symbols = new Uint8Array(BEYOND_ASCII + 1);
  private readonly width: number;
  /**
   * `next` as the scan reads it: the offset of the next state's row (state × width), negated when that state
   * ends a word, so one load per character both moves and tells whether to record. The root ends no word.
   */
  private readonly rows: Int32Array;

  constructor(readonly words: readonly string[]) {
    this.width = this.assignSymbols(words);
    const trie = buildTrie(words, (code) => this.symbolOf(code));
    const next = new Int32Array(trie.children.length * this.width);
    this.ends = trie.ends;
    this.link(trie.children, next);
    this.rows = next.map((state) => (this.ends[state] ? -state : state) * this.width);
  }

  /** For each word, by index, whether it occurs. */
  occurrences(text: string): Uint8Array {
    const found = new Uint8Array(this.words.length);
    const { rows, ends, symbols, width } = this;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      row = rows[row + (symbols[Math.min(code, BEYOND_ASCII)] as number)] as number;
      if (row < 0) {
        row = -row;
        for (const word of ends[row / width] as readonly number[]) found[word] = 1;
      }
    }
    return found;
  }

  private symbolOf(code: number): number {
    return this.symbols[foldedOf(code)] as number;
  }

  /** Numbers the folded characters the words hold from 1; returns how many symbols there are. */
  private assignSymbols(words: readonly string[]): number {
    let count = 1;
    const byFolded = new Uint8Array(BEYOND_ASCII + 1);
    for (const word of words) {
      for (let i = 0; i < word.length; i++) {
        const folded = foldedOf(word.charCodeAt(i));
        if (byFolded[folded] === 0) byFolded[folded] = count++;
      }
    }
    for (let code = 0; code <= BEYOND_ASCII; code++) this.symbols[code] = byFolded[foldedOf(code)] as number;
    return count;
  }

  /** Fills the transition table breadth first; a state also ends every word its failure state ends. */
  private link(children: Map<number, number>[], next: Int32Array): void {
    const { width } = this;
    const failure = new Int32Array(children.length);
    const queue: number[] = [];
    for (let symbol = 0; symbol < width; symbol++) {
      const child = children[0]?.get(symbol) ?? 0;
      next[symbol] = child;
      if (child !== 0) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const fallback = failure[state] as number;
      const inherited = this.ends[fallback];
      if (inherited) this.ends[state] = [...(this.ends[state] ?? []), ...inherited];
      next.copyWithin(state * width, fallback * width, (fallback + 1) * width);
      for (const [symbol, child] of children[state] ?? []) {
        failure[child] = next[state * width + symbol] as number;
        next[state * width + symbol] = child;
        queue.push(child);
      }
    }
  }
}

function buildTrie(words: readonly string[], symbolOf: (code: number) => number) {
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
