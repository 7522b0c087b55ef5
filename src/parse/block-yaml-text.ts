/** Thrown where the line scanner cannot be sure it reads the text as `yaml` does; the caller falls back. */
export class NotCertain extends Error {}

export function unsure(): never {
  throw new NotCertain();
}

/** A key of a block mapping: its name as `yaml` compares it and where it starts and its `:` ends. */
export interface Key {
  name: string;
  start: number;
  after: number;
}

/** A document's lines: from `first` up to (not including) `limit`, the next `---` or the end. */
export interface DocumentLines {
  first: number;
  limit: number;
}

const SPACE = 32;
const TAB = 9;
const HASH = 35;
/** `[`, `{`, `,` and `:`: what a new flow scalar follows. */
const FLOW_OPENERS = [91, 123, 44, 58];
/** Characters that cannot start a plain scalar, or need a second look (`-`, `?`, `:`). */
const INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"]);
/** Plain scalars `yaml`'s core schema reads as something other than the same string. */
const NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const SAME_AS_NUMBER = /^(?:0|[1-9][0-9]{0,14})$/;

/** Line-level reading of block YAML: indentation, comments, document markers, keys and one-line scalars. */
export class BlockYamlText {
  readonly lineCount: number;
  /**
   * Per line: its indentation once read (-1 blank, -2 unread, -3 tab-indented); a line that a flow value goes on
   * over reads as one column past the value's owner, whatever its own (see `ownFlowLines`).
   */
  private readonly indents: Int32Array;
  private readonly ends: Int32Array;
  /** Quoted scalars and flow collections that go on over more lines: where each closes, by its start offset. */
  private readonly spans = new Map<number, { line: number; column: number }>();

  constructor(
    readonly text: string,
    private readonly starts: number[],
  ) {
    this.lineCount = starts.length;
    this.indents = new Int32Array(this.lineCount).fill(-2);
    this.ends = new Int32Array(this.lineCount).fill(-1);
  }

  offset(line: number, column: number): number {
    return (this.starts[line] as number) + column;
  }

  /** The offset just past the line's line break (the end of the text on the last line). */
  next(line: number): number {
    return this.starts[line + 1] ?? this.text.length;
  }

  /** The column where the line's text ends, before `\n` or `\r\n`. */
  end(line: number): number {
    const known = this.ends[line] as number;
    if (known >= 0) return known;
    const start = this.starts[line] as number;
    let end = this.next(line);
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    this.ends[line] = end - start;
    return end - start;
  }

  char(line: number, column: number): number {
    return column < this.end(line) ? this.text.charCodeAt(this.offset(line, column)) : -1;
  }

  /** The column of the first character that is not a space; -1 for a blank line. Tab indentation is refused. */
  indent(line: number): number {
    let indent = this.indents[line] as number;
    if (indent === -2) indent = this.indents[line] = this.readIndent(line);
    return indent === -3 ? unsure() : indent;
  }

  private readIndent(line: number): number {
    const end = this.end(line);
    let column = 0;
    while (column < end && this.char(line, column) === SPACE) column++;
    if (column === end) return -1;
    if (this.char(line, column) !== TAB) return column;
    const rest = this.text.slice(this.offset(line, column), this.offset(line, end));
    return rest.trim() === "" ? -1 : -3;
  }

  isComment(line: number): boolean {
    const indent = this.indent(line);
    return indent >= 0 && this.char(line, indent) === HASH;
  }

  /** The first line at or after `line` (before `limit`) that is neither blank nor a comment; `limit` if none. */
  nextContent(line: number, limit: number): number {
    let at = line;
    while (at < limit && (this.indent(at) < 0 || this.isComment(at))) at++;
    return at;
  }

  /** Past spaces from `column`; a tab there is refused (it is not indentation `yaml` and js-yaml agree on). */
  skipSpaces(line: number, column: number): number {
    let at = column;
    while (this.char(line, at) === SPACE) at++;
    return this.char(line, at) === TAB ? unsure() : at;
  }

  /** Nothing but an optional comment from `column` to the end of the line. */
  restIsEmpty(line: number, column: number): boolean {
    const at = this.skipSpaces(line, column);
    return at >= this.end(line) || (this.char(line, at) === HASH && (at === 0 || this.isBlank(line, at - 1)));
  }

  /** `-` followed by a space or the end of the line: a block sequence item. */
  isDash(line: number, column: number): boolean {
    return this.char(line, column) === 45 && this.separated(line, column + 1);
  }

  private isBlank(line: number, column: number): boolean {
    const c = this.char(line, column);
    return c === SPACE || c === TAB;
  }

  private separated(line: number, column: number): boolean {
    const next = this.char(line, column);
    return next === -1 || next === SPACE || next === TAB;
  }

  /** Every document `yaml.parseAllDocuments` would return, as line ranges; undefined where unsure. */
  documents(): DocumentLines[] {
    const documents: DocumentLines[] = [];
    let current = { first: 0, explicit: false, content: false };
    for (let line = 0; line < this.lineCount; line++) {
      const first = this.char(line, 0);
      if (first === 37 || (first === 46 && this.startsWith(line, "...") && this.separated(line, 3))) unsure();
      if (first === 45 && this.startsWith(line, "---") && this.separated(line, 3)) {
        if (!this.restIsEmpty(line, 3)) unsure();
        if (current.explicit || current.content) documents.push({ first: current.first, limit: line });
        current = { first: line + 1, explicit: true, content: false };
      } else if (!current.content && this.indent(line) >= 0 && !this.isComment(line)) current.content = true;
    }
    if (current.explicit || current.content) documents.push({ first: current.first, limit: this.lineCount });
    return documents;
  }

  private startsWith(line: number, prefix: string): boolean {
    return this.text.startsWith(prefix, this.offset(line, 0));
  }

  /**
   * Reads every line of a document for quoted scalars and flow collections that go on over more lines, and marks
   * those lines as deeper than the key or `-` that owns the value, so the scanner skips them. js-yaml reads a
   * flow value up to its closing quote or bracket whatever the indentation of the lines between (where `yaml`
   * reports an error and recovers otherwise), and the documents archlint judges are js-yaml's.
   * Block scalar bodies are skipped.
   */
  ownFlowLines(lines: DocumentLines): void {
    for (let line = lines.first; line < lines.limit; line++) {
      const indent = this.indent(line);
      if (indent < 0) continue;
      const read = this.readLine(line, indent, lines.limit);
      line = read.last;
      const owner = read.blockScalarOwner;
      if (owner === undefined) continue;
      while (line + 1 < lines.limit && (this.indent(line + 1) < 0 || this.indent(line + 1) > owner)) line++;
    }
  }

  /**
   * Reads a line's keys, indicators and flow values, following a flow value over the lines it takes: the last
   * line read, and the column of the key or `-` that owns a block scalar starting there.
   */
  private readLine(line: number, indent: number, limit: number): { last: number; blockScalarOwner?: number } {
    const end = this.end(line);
    let owner = indent;
    for (let at = indent; at < end; ) {
      const c = this.char(line, at);
      if (c === HASH) break;
      if (this.isDash(line, at) || ((c === 63 || c === 58) && this.separated(line, at + 1))) {
        if (c === 45) owner = at;
        at = this.skipSpaces(line, at + 1);
      } else if (c === 33 || c === 38 || c === 42) at = this.skipSpaces(line, this.tokenEnd(line, at));
      else if (c === 124 || c === 62) return { last: line, blockScalarOwner: owner };
      else if (c === 34 || c === 39 || c === 91 || c === 123) {
        const close = this.flowClose(line, at, owner, limit);
        if (close.line > line) {
          if (!this.restIsEmpty(close.line, close.column)) unsure();
          this.spans.set(this.offset(line, at), close);
          return { last: close.line };
        }
        const colon = this.colonFrom(line, close.column);
        if (colon === undefined) break;
        owner = at;
        at = this.skipSpaces(line, colon);
      } else {
        const colon = this.colonFrom(line, at);
        if (colon === undefined) break;
        owner = at;
        at = this.skipSpaces(line, colon);
      }
    }
    return { last: line };
  }

  /** Where a quoted scalar or flow collection that starts at `column` and goes on over more lines closes. */
  spanAt(line: number, column: number): { line: number; column: number } | undefined {
    return this.spans.get(this.offset(line, column));
  }

  /** Where a quoted scalar or flow collection starting at `column` closes; its later lines read as past `owner`. */
  private flowClose(line: number, column: number, owner: number, limit: number): { line: number; column: number } {
    let depth = 0;
    let quote = 0;
    for (let at = line; at < limit; at++) {
      let from = column;
      if (at > line) {
        from = this.indent(at);
        if (from < 0) continue;
        if (from <= owner) this.indents[at] = owner + 1;
      }
      const end = this.end(at);
      for (let col = from; col < end; col++) {
        const c = this.char(at, col);
        if (quote) {
          if (quote === 34 && c === 92) col++;
          else if (c === quote && quote === 39 && this.char(at, col + 1) === 39) col++;
          else if (c === quote) {
            quote = 0;
            if (depth === 0) return { line: at, column: col + 1 };
          }
        } else if ((c === 34 || c === 39) && (depth === 0 || this.startsScalar(at, col))) quote = c;
        else if (c === 91 || c === 123) depth++;
        else if (c === 93 || c === 125) {
          if (--depth === 0) return { line: at, column: col + 1 };
        } else if (c === HASH && this.isBlank(at, col - 1)) break;
      }
    }
    return unsure();
  }

  /** The column past the next `: ` (or `:` ending the line) from `column`, before any comment. */
  private colonFrom(line: number, column: number): number | undefined {
    const end = this.end(line);
    for (let at = column; at < end; at++) {
      const c = this.char(line, at);
      if (c === HASH && (this.char(line, at - 1) === SPACE || this.char(line, at - 1) === TAB)) return undefined;
      if (c === 58 && this.separated(line, at + 1)) return at + 1;
    }
    return undefined;
  }

  /** The column just past a quoted scalar that starts at `column`; unsure if it does not close on this line. */
  quotedEnd(line: number, column: number): number {
    const quote = this.char(line, column);
    const end = this.end(line);
    for (let at = column + 1; at < end; at++) {
      const c = this.char(line, at);
      if (quote === 34 && c === 92) at++;
      else if (c === quote) {
        if (quote === 39 && this.char(line, at + 1) === 39) at++;
        else return at + 1;
      }
    }
    return unsure();
  }

  /** The column just past a flow collection that starts at `column`; unsure unless it closes on this line. */
  flowEnd(line: number, column: number): number {
    const end = this.end(line);
    let depth = 0;
    for (let at = column; at < end; at++) {
      const c = this.char(line, at);
      if (c === 91 || c === 123) depth++;
      else if (c === 93 || c === 125) {
        if (--depth === 0) return at + 1;
      } else if ((c === 34 || c === 39) && this.startsScalar(line, at)) at = this.quotedEnd(line, at) - 1;
      else if (c === HASH && (this.isBlank(line, at - 1) || FLOW_OPENERS.includes(this.char(line, at - 1)))) unsure();
    }
    return unsure();
  }

  /**
   * Whether a quote inside a flow collection opens a quoted scalar: it starts the line or follows `[`, `{`, `,`,
   * `:` or an explicit key's `? `. After other text (`[( 'x]`) it belongs to that plain scalar.
   */
  private startsScalar(line: number, column: number): boolean {
    let at = column - 1;
    while (at >= 0 && this.char(line, at) === SPACE) at--;
    if (at < 0) return true;
    const before = this.char(line, at);
    if (before === 63) return at < column - 1 && (at === 0 || this.isBlank(line, at - 1));
    // A quote right after `:` opens a scalar only after a JSON-like key (`"k":"v"`, `[a]:"v"`); after plain text
    // or a space (`(:"`, `( :"`) the `:` and the quote may belong to a plain scalar.
    if (before === 58 && at === column - 1) {
      const key = at > 0 ? this.char(line, at - 1) : -1;
      if (key !== 34 && key !== 39 && key !== 93 && key !== 125) unsure();
    }
    return FLOW_OPENERS.includes(before);
  }

  /**
   * The items of a one-line flow sequence opening at `column`, as [start, end] columns: flow scalars and
   * flow collections; unsure for pairs, tags, anchors, aliases and empty items.
   */
  flowItems(line: number, column: number): [number, number][] {
    const items: [number, number][] = [];
    let at = this.skipSpaces(line, column + 1);
    if (this.char(line, at) === 93) return items;
    for (;;) {
      const c = this.char(line, at);
      let end: number;
      if (c === 34 || c === 39) end = this.quotedEnd(line, at);
      else if (c === 91 || c === 123) end = this.flowEnd(line, at);
      else if (c !== -1 && this.startsPlain(line, at) && c !== 44 && c !== 93 && c !== 125)
        end = this.flowPlainEnd(line, at);
      else return unsure();
      items.push([at, end]);
      at = this.skipSpaces(line, end);
      const next = this.char(line, at);
      if (next === 93) return items;
      if (next !== 44) unsure();
      at = this.skipSpaces(line, at + 1);
      if (this.char(line, at) === 93) return items;
    }
  }

  /** The end of a plain scalar inside a flow collection: before `,`, a bracket, or trailing spaces. */
  private flowPlainEnd(line: number, column: number): number {
    let last = column;
    for (let at = column; at < this.end(line); at++) {
      const c = this.char(line, at);
      if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125) break;
      if ((c === 58 && this.endsFlowKey(line, at + 1)) || (c === HASH && this.isBlank(line, at - 1))) unsure();
      if (c !== SPACE && c !== TAB) last = at + 1;
    }
    return last;
  }

  /** Whether a `:` before `column` would end a key inside a flow collection (it does not in `s3:GetObject`). */
  private endsFlowKey(line: number, column: number): boolean {
    const c = this.char(line, column);
    return this.separated(line, column) || c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }

  /** The column past a token (tag, anchor, alias name): up to a space or the end of the line. */
  tokenEnd(line: number, column: number): number {
    const end = this.end(line);
    let at = column;
    while (at < end && this.char(line, at) !== SPACE && this.char(line, at) !== TAB) at++;
    return at;
  }

  /**
   * The end of a one-line plain scalar (trailing spaces and comment excluded); unsure if it holds `: `,
   * which would make it a key.
   */
  plainEnd(line: number, column: number): number {
    const end = this.end(line);
    let last = column;
    for (let at = column; at < end; at++) {
      const c = this.char(line, at);
      if (c === HASH && (this.char(line, at - 1) === SPACE || this.char(line, at - 1) === TAB)) break;
      if (c === 58 && this.separated(line, at + 1)) unsure();
      if (c !== SPACE && c !== TAB) last = at + 1;
    }
    return last;
  }

  /** Whether a plain scalar may start at `column` (it may not with an indicator, bar `-?:` before a non-space). */
  startsPlain(line: number, column: number): boolean {
    const c = this.text[this.offset(line, column)] as string;
    if (!INDICATORS.has(c)) return true;
    return (c === "-" || c === "?" || c === ":") && !this.separated(line, column + 1);
  }

  /**
   * The key of a block mapping entry at `column`, or undefined when the line holds a scalar there; unsure for
   * keys `yaml` might read otherwise (tags, anchors, aliases, explicit `?`, flow keys, numbers, escapes).
   */
  keyAt(line: number, column: number): Key | undefined {
    const c = this.char(line, column);
    // An implicit key takes one line: a scalar or collection going on over more is a value.
    if (this.spanAt(line, column)) return undefined;
    if (c === 34 || c === 39) {
      const close = this.quotedEnd(line, column);
      const after = this.colonAfter(line, close);
      if (after === undefined) return undefined;
      const inner = this.text.slice(this.offset(line, column + 1), this.offset(line, close - 1));
      return {
        name: c === 39 ? inner.replaceAll("''", "'") : decodeDoubleQuoted(inner),
        start: this.offset(line, column),
        after,
      };
    }
    if (c === 124 || c === 62 || c === HASH || this.isDash(line, column)) return undefined;
    if (!this.startsPlain(line, column)) {
      if (c === 91 || c === 123)
        return this.colonAfter(line, this.flowEnd(line, column)) === undefined ? undefined : unsure();
      if (c === 33 || c === 38 || c === 42) return this.keyAfterProps(line, column);
      return unsure();
    }
    const end = this.end(line);
    for (let at = column; at < end; at++) {
      const ch = this.char(line, at);
      if (ch === HASH && (this.char(line, at - 1) === SPACE || this.char(line, at - 1) === TAB)) return undefined;
      if (ch === 58 && this.separated(line, at + 1)) {
        const name = this.text.slice(this.offset(line, column), this.offset(line, at)).trimEnd();
        if (NOT_A_STRING.test(name) && !SAME_AS_NUMBER.test(name)) unsure();
        return { name, start: this.offset(line, column), after: at + 1 };
      }
    }
    return undefined;
  }

  /** Tags, anchors and aliases before a key are refused; before a scalar they are no key at all. */
  private keyAfterProps(line: number, column: number): undefined {
    const next = this.skipSpaces(line, this.tokenEnd(line, column));
    if (this.colonAfter(line, next) !== undefined) unsure();
    if (next < this.end(line) && this.keyAt(line, next)) unsure();
    return undefined;
  }

  /** The column past a `:` (after optional spaces) that is followed by a space or the line's end. */
  private colonAfter(line: number, column: number): number | undefined {
    let at = column;
    while (this.char(line, at) === SPACE) at++;
    return this.char(line, at) === 58 && this.separated(line, at + 1) ? at + 1 : undefined;
  }
}

/** Double-quoted text through JSON's escapes, which YAML shares; other escapes (`\x`, `\e`, …) are refused. */
function decodeDoubleQuoted(inner: string): string {
  if (!inner.includes("\\")) return inner;
  try {
    return JSON.parse(`"${inner}"`) as string;
  } catch {
    return unsure();
  }
}
