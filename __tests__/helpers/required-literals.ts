/**
 * Words a regular expression cannot match without: every returned set holds a literal that occurs in every
 * match. The catalogs declare the words of their patterns (`RequiredWords`); this reader of regular-expression
 * source is the test's witness that each declaration holds.
 *
 * Derived from the pattern's source: runs of literal characters, and groups whose every alternative yields
 * literals; `apiVersion: (kuma\.io)/` needs both `apiVersion` and `kuma.io`. Sets with a literal under 3
 * characters are left out. Undefined when unsure (an escape or flag this reader does not know) or when no set
 * is left. With the `i` flag the literals are lower case.
 */
export function requiredLiteralSets(pattern: RegExp): string[][] | undefined {
  // Unicode mode folds case beyond ASCII (ſ is s, K is k) and reads escapes its own way.
  if (/[uv]/.test(pattern.flags)) return undefined;
  try {
    const reader = new SourceReader(pattern.source);
    const sets = reader.alternation().filter((set) => score(set) >= MIN_LENGTH);
    if (!reader.done() || sets.length === 0) return undefined;
    return pattern.flags.includes("i") ? sets.map((set) => set.map((literal) => literal.toLowerCase())) : sets;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** The most selective of the required sets (by its shortest literal), to index a pattern by one set of words. */
export function requiredLiterals(pattern: RegExp): string[] | undefined {
  return requiredLiteralSets(pattern)?.reduce<string[] | undefined>(better, undefined);
}

const MIN_LENGTH = 3;

class Unsupported extends Error {}

/** The shortest literal of a set: the set is only as selective as its weakest word. */
const score = (set: readonly string[]) => Math.min(...set.map((literal) => literal.length));

function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  return score(b) > score(a) || (score(b) === score(a) && b.length < a.length) ? b : a;
}

const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/;
const ZERO_WIDTH_GROUP = /^\(\?(?:=|!|<=|<!)/;
const SIMPLE_ESCAPES = new Set("dDwWsSbBnrtfv0");

class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  /**
   * `a|b|c` up to the closing parenthesis (not consumed): a single branch needs all its sets; several need the
   * union of their best sets, and nothing when one of them needs nothing.
   */
  alternation(): string[][] {
    const branches = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as string[][];
    const bests = branches.map((sets) => sets.reduce<string[] | undefined>(better, undefined));
    return bests.every((best) => best !== undefined) ? [bests.flat()] : [];
  }

  /** One branch: its literal runs and required groups, each a set the branch cannot match without. */
  private sequence(): string[][] {
    const sets: string[][] = [];
    let run = "";
    const endRun = () => {
      if (run) sets.push([run]);
      run = "";
    };
    while (!this.done() && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const atom = this.atom();
      const quantifier = QUANTIFIER.exec(this.source.slice(this.at));
      if (quantifier) this.at += quantifier[0].length;
      const optional =
        quantifier !== null && (quantifier[0][0] === "?" || quantifier[0][0] === "*" || quantifier[1] === "0");
      if (atom.kind === "char" && !optional) {
        run += atom.char;
        if (quantifier) endRun();
        continue;
      }
      endRun();
      if (atom.kind === "group" && !optional) sets.push(...atom.sets);
    }
    endRun();
    return sets;
  }

  private atom(): { kind: "char"; char: string } | { kind: "group"; sets: string[][] } | { kind: "other" } {
    const c = this.source[this.at] as string;
    if (c === "\\") return this.escape();
    if (c === "[") {
      this.skipClass();
      return { kind: "other" };
    }
    if (c === "(") return this.group();
    this.at++;
    if (c === "." || c === "^" || c === "$") return { kind: "other" };
    if ("*+?{}]".includes(c)) throw new Unsupported();
    return { kind: "char", char: c };
  }

  private escape(): { kind: "char"; char: string } | { kind: "other" } {
    const c = this.source[this.at + 1];
    this.at += 2;
    if (c === undefined) throw new Unsupported();
    // \0 followed by a digit is a legacy octal escape, one character whatever the digits.
    if (c === "0" && /[0-9]/.test(this.source[this.at] ?? "")) throw new Unsupported();
    if (SIMPLE_ESCAPES.has(c)) return { kind: "other" };
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported();
    return { kind: "char", char: c };
  }

  private skipClass(): void {
    this.at++;
    if (this.source[this.at] === "]") this.at++;
    while (!this.done() && this.source[this.at] !== "]") this.at += this.source[this.at] === "\\" ? 2 : 1;
    if (this.done()) throw new Unsupported();
    this.at++;
  }

  private group(): { kind: "group"; sets: string[][] } | { kind: "other" } {
    const rest = this.source.slice(this.at);
    const zeroWidth = ZERO_WIDTH_GROUP.exec(rest);
    const prefix = zeroWidth?.[0] ?? /^\(\?(?::|<[A-Za-z_$][\w$]*>)|^\(/.exec(rest)?.[0];
    if (!prefix) throw new Unsupported();
    this.at += prefix.length;
    const sets = this.alternation();
    if (this.source[this.at] !== ")") throw new Unsupported();
    this.at++;
    return zeroWidth ? { kind: "other" } : { kind: "group", sets };
  }
}
