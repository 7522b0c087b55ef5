import type { DocPath } from "../model/types.js";
import { type ComposedYaml, composeYaml } from "./composed-yaml.js";
import type { Range } from "./exact-yaml-locator.js";

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const HASH = 0x23;
const AMPERSAND = 0x26;
const ASTERISK = 0x2a;
const PLUS = 0x2b;
const COMMA = 0x2c;
const COLON = 0x3a;
const EXCLAMATION = 0x21;
const GREATER = 0x3e;
const BRACKET = 0x5b;
const CLOSING_BRACKET = 0x5d;
const BRACE = 0x7b;
const CLOSING_BRACE = 0x7d;
const PIPE = 0x7c;

const MERGE_KEY = "<<";

/** What a step along a path found: the node, and where its range starts (a mapping entry's key). */
interface Located {
  node: number;
  start: number;
  /** The value of a block mapping entry written as nothing (`key:`), which `yaml` places after the spaces. */
  empty?: boolean;
}

/** A key that is not on the path. */
const MISSING = "missing";

/** The value a block collection ends with, as the comment rule of `collectionEnd` needs it. */
interface Leaf {
  end: number;
  /** `yaml` extends the collections that end with it over deeper comment lines (not after a block scalar). */
  trails: boolean;
}

/**
 * The ranges `yaml` gives (its `range[0]` and `range[1]`, the ones `ExactYamlLocator` answers), computed from the
 * nodes js-yaml composed (recorded by its listener as it read the file, or, without that record, as it reads the
 * file once more: about a tenth of what `yaml`'s own parse costs), and a path is followed through them — mappings (the last of repeated keys,
 * then merge keys `<<`), sequences, aliases to their anchored node. What the rules below do not cover (explicit
 * `?` keys, keys that are not strings, empty items, `|+` block scalars, tabs in indentation) answers undefined,
 * and the caller asks `yaml`.
 *
 * The rules, each what `yaml` does:
 * - a node starts at its content, after its tag and anchor (`!Sub`, `&base`) and the space that follows them; a
 *   mapping entry starts at its key;
 * - a scalar or flow collection ends just past its last character (a plain scalar's last non-space character,
 *   a closing quote, bracket or brace), an alias past its name;
 * - an entry written as `key:` with nothing after it ends after the spaces that follow its `:`;
 * - a block scalar (`|`, `>`, `|-`) ends after the line break of its last line that holds a character other
 *   than a space, or more spaces than its indentation;
 * - a block collection ends where its last value does, carried to the start of the next line for a value that
 *   is not a block scalar, and then over comment lines: see `collectionEnd`.
 */
export class ComposedYamlLocator {
  private nodes?: ComposedYaml;
  private readonly ends: number[];

  /** `nodes`: what js-yaml composed as it read `text`; without them, `text` is read again when first asked. */
  constructor(
    private readonly text: string,
    private readonly lineStarts: number[],
    nodes?: ComposedYaml,
  ) {
    this.nodes = nodes;
    this.ends = [...lineStarts.slice(1), text.length];
  }

  find(doc: number, path: DocPath): Range | undefined {
    const root = this.tree.documents()[doc];
    if (root === undefined || this.tree.kind(root) === null) return undefined;
    let at: Located = { node: root, start: this.contentStart(root) };
    for (const segment of path) {
      const next = this.step(at.node, segment);
      if (next === undefined) return undefined;
      if (next === MISSING) break;
      at = next;
    }
    const end = at.empty ? this.skipSpaces(this.tree.open(at.node)) : this.endOf(at.node);
    return end === undefined ? undefined : [at.start, end];
  }

  /** The child `segment` names, MISSING when there is none, undefined when the rules here cannot say. */
  private step(node: number, segment: string | number): Located | typeof MISSING | undefined {
    const target = this.unwrapped(this.dereferenced(node));
    if (target === undefined) return undefined;
    const kind = this.tree.kind(target);
    if (kind === "sequence") {
      const items = this.sequenceItems(target);
      if (!items) return undefined;
      const item = items[Number(segment)];
      return item === undefined ? MISSING : { node: item, start: this.contentStart(item) };
    }
    if (kind !== "mapping") return MISSING;
    const entries = this.entries(target);
    if (!entries) return undefined;
    const name = String(segment);
    let found: Entry | undefined;
    for (const entry of entries) {
      if (entry.name === name) found = entry;
      else if (entry.name === undefined && this.mayBeNamed(entry.key, name)) return undefined;
    }
    if (found) return this.located(found, target);
    for (const entry of entries) {
      if (entry.name !== MERGE_KEY || entry.value === undefined) continue;
      const merged = this.step(entry.value, segment);
      if (merged !== MISSING) return merged;
    }
    return MISSING;
  }

  /** Whether a key both parsers may name otherwise (`1.0`, `~`) is `name` as js-yaml prints it, or may be. */
  private mayBeNamed(key: number, name: string): boolean {
    const value = this.tree.label(key) ?? this.tree.value(key);
    return value === undefined || String(value) === name;
  }

  private located(entry: Entry, mapping: number): Located | undefined {
    const start = this.contentStart(entry.key);
    if (entry.value === undefined) return { node: entry.key, start };
    if (this.tree.kind(entry.value) !== null || this.isAlias(entry.value)) return { node: entry.value, start };
    // `key:` with nothing after it: known in block mappings, not inside a flow mapping nor after a lone tag
    // (`format: !!python/name:module.function`).
    const bare = this.skipSeparation(this.tree.open(entry.value)) === this.contentStart(entry.value);
    return bare && this.charAt(this.contentStart(mapping)) !== BRACE
      ? { node: entry.value, start, empty: true }
      : undefined;
  }

  /** An alias's anchored node (the last anchored before it), or the node itself. */
  private dereferenced(node: number): number | undefined {
    if (!this.isAlias(node)) return node;
    const start = this.contentStart(node);
    return this.tree.anchored(this.text.slice(start + 1, this.tokenEnd(start)), start);
  }

  private isAlias(node: number): boolean {
    return this.tree.kind(node) === null && this.charAt(this.contentStart(node)) === ASTERISK;
  }

  /**
   * A flow collection in a block collection was composed twice, once as a would-be key of a block mapping that
   * held it: the inner node has the children.
   */
  private unwrapped(node: number | undefined): number | undefined {
    if (node === undefined || !this.tree.wraps(node)) return node;
    const children = this.tree.children(node);
    const inner = children.length === 1 ? children[0] : undefined;
    return inner !== undefined && this.tree.kind(inner) === this.tree.kind(node) ? inner : node;
  }

  /**
   * A sequence's item nodes, undefined unless they are its items one for one (an empty `-` item and a `[k: v]`
   * pair are not composed as one node each). A short-form tag's sequence (`!If [c, a, b]`) was built into
   * `{ "Fn::If": [...] }`: its items are the wrapped array's.
   */
  private sequenceItems(node: number): number[] | undefined {
    const children = this.tree.children(node);
    return this.tree.length(node) === children.length ? children : undefined;
  }

  private get tree(): ComposedYaml {
    this.nodes ??= composeYaml(this.text);
    return this.nodes;
  }

  /**
   * A mapping's entries in order: its children are key, value, key, value… A block mapping's key is followed by
   * `:` on its line, and js-yaml composes a value for it, if only an empty one; a flow mapping's key may have no
   * value (`{a, b: 1}`). Undefined where the children read otherwise (an explicit `? key`).
   */
  private entries(mapping: number): Entry[] | undefined {
    const flow = this.charAt(this.contentStart(mapping)) === BRACE;
    const children = this.tree.children(mapping);
    const entries: Entry[] = [];
    for (let index = 0; index < children.length; index++) {
      const key = children[index] as number;
      const close = this.tree.close(key);
      const colon = flow ? this.skipSeparation(close) : this.skipSpaces(close);
      if (this.charAt(colon) !== COLON) {
        // js-yaml's failed try at one more key after the last entry of a block mapping.
        if (!flow && this.tree.kind(key) === null && index === children.length - 1) break;
        if (!flow) return undefined;
        entries.push({ key, name: this.keyName(key) });
        continue;
      }
      const value = children[index + 1];
      if (value === undefined && !flow) return undefined;
      entries.push({ key, value, name: this.keyName(key) });
      index++;
    }
    return entries;
  }

  /**
   * The key as both parsers compare it: a string, or a number written as js-yaml prints it (`200`); undefined
   * for other keys (`1.0`, `~`, `0b1`, a date), which `yaml` may read otherwise.
   */
  private keyName(key: number): string | undefined {
    const value = this.tree.value(key);
    if (typeof value === "string") return value;
    if (typeof value !== "number") return undefined;
    const written = this.text.slice(this.contentStart(key), this.trimmedEnd(this.tree.close(key)));
    return written === String(value) ? written : undefined;
  }

  /** Where `yaml` ends the node (its `range[1]`); undefined where the rules here do not say. */
  private endOf(node: number): number | undefined {
    if (this.isAlias(node)) return this.tokenEnd(this.contentStart(node));
    const kind = this.tree.kind(node);
    if (kind === null) return undefined;
    const start = this.contentStart(node);
    const first = this.charAt(start);
    if (first === PIPE || first === GREATER) return this.blockScalarEnd(node, start);
    if (kind === "scalar" || first === BRACKET || first === BRACE) {
      const end = this.trimmedEnd(this.tree.close(node));
      // A tag with no value after it (`format: !!python/name:module.function`): left to `yaml`.
      return end > start ? end : undefined;
    }
    return this.collectionEnd(node);
  }

  /**
   * A block collection ends where its last descendant value ends (the start of the next line, unless that value
   * is a block scalar), plus the comment lines `yaml` hands to a collection on the way: the blank and comment
   * lines after the last value go up from the innermost collection, each passing them on unless one of the
   * comments is indented at least as deep as it (and it is indented at all); the one that keeps them ends at the
   * next token. Before that, comment lines indented deeper than the innermost collection, right after a value
   * that is not a block scalar, belong to that value.
   */
  private collectionEnd(node: number): number | undefined {
    const chain: number[] = [this.column(this.contentStart(node))];
    let last = this.lastValue(node);
    while (last !== undefined && this.isBlockCollection(last)) {
      chain.push(this.column(this.contentStart(last)));
      last = this.lastValue(last);
    }
    const leaf = last === undefined ? undefined : this.leaf(last);
    if (!leaf) return undefined;
    const innermost = chain[chain.length - 1] as number;
    const lastLine = this.lineOf(leaf.end - 1);
    let end = leaf.trails ? this.lineEnd(lastLine) : leaf.end;
    let line = lastLine + 1;
    let deepest = -1;
    for (; line < this.lineStarts.length; line++) {
      const indent = this.indent(line);
      if (indent === undefined) return undefined;
      if (indent < 0) continue;
      if (this.charAt(this.offset(line, indent)) !== HASH) break;
      if (leaf.trails && deepest < 0 && indent > innermost) end = this.lineEnd(line);
      else deepest = Math.max(deepest, indent);
    }
    const next = line < this.lineStarts.length ? this.offset(line, this.indent(line) as number) : this.text.length;
    const keeper = chain.slice(1).some((indent) => indent > 0 && deepest >= indent);
    return keeper ? next : end;
  }

  private leaf(node: number): Leaf | undefined {
    const end = this.endOf(node);
    if (end === undefined) return undefined;
    const first = this.charAt(this.contentStart(node));
    return { end, trails: first !== PIPE && first !== GREATER };
  }

  /** A block collection's last value in the text (its last item, its last entry's value). */
  private lastValue(collection: number): number | undefined {
    if (this.tree.kind(collection) === "sequence") return this.sequenceItems(collection)?.at(-1);
    const value = this.entries(collection)?.at(-1)?.value;
    return value !== undefined && (this.tree.kind(value) !== null || this.isAlias(value)) ? value : undefined;
  }

  private isBlockCollection(node: number): boolean {
    const kind = this.tree.kind(node);
    if (kind !== "mapping" && kind !== "sequence") return false;
    const first = this.charAt(this.contentStart(node));
    return first !== BRACKET && first !== BRACE && first !== PIPE && first !== GREATER;
  }

  /**
   * After the line break of the block scalar's last line that holds more than its indentation. js-yaml stops
   * at the first token less indented than the scalar (or the end), so its lines are those before that token's.
   * A `+` (kept trailing lines) or an explicit indentation is left to `yaml`.
   */
  private blockScalarEnd(node: number, start: number): number | undefined {
    const header = this.lineOf(start);
    for (let at = start + 1; at < (this.ends[header] as number); at++) {
      const c = this.charAt(at);
      if (c === PLUS || (c >= 0x30 && c <= 0x39)) return undefined;
      if (c === SPACE || c === HASH || c === LINE_FEED || c === CARRIAGE_RETURN) break;
    }
    const close = Math.min(this.tree.close(node), this.text.length);
    const stop = close >= this.text.length ? this.lineStarts.length : this.lineOf(close);
    let indent = -1;
    let last = -1;
    for (let line = header + 1; line < stop; line++) {
      const lineIndent = this.indent(line);
      if (lineIndent === undefined) return undefined;
      if (indent < 0 && lineIndent >= 0) indent = lineIndent;
      if (lineIndent >= 0 || (indent >= 0 && this.lineLength(line) > indent)) last = line;
    }
    if (indent < 0) return undefined;
    // Blank lines before the first content line that are longer than its indentation: left to `yaml`.
    for (let line = header + 1; this.indent(line) === -1; line++) if (this.lineLength(line) > indent) return undefined;
    return this.lineEnd(last);
  }

  /** Back over the spaces and line breaks js-yaml read past the node. */
  private trimmedEnd(close: number): number {
    let end = Math.min(close, this.text.length);
    while (end > 0 && isSpaceOrBreak(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  /** Past the separating space, the tag and the anchor that may precede a node's content. */
  private contentStart(node: number): number {
    let at = this.skipSeparation(this.tree.open(node));
    for (let c = this.charAt(at); c === EXCLAMATION || c === AMPERSAND; c = this.charAt(at)) {
      at = this.skipSeparation(this.tokenEnd(at));
    }
    return at;
  }

  /** Past spaces, tabs, line breaks and comments. */
  private skipSeparation(from: number): number {
    let at = from;
    for (;;) {
      const c = this.charAt(at);
      if (c === SPACE || c === TAB || c === LINE_FEED || c === CARRIAGE_RETURN) at++;
      else if (c === HASH) at = this.ends[this.lineOf(at)] as number;
      else return at;
    }
  }

  /** Past spaces and tabs on the line. */
  private skipSpaces(from: number): number {
    let at = from;
    while (this.charAt(at) === SPACE || this.charAt(at) === TAB) at++;
    return at;
  }

  /** The end of a token (a tag, an anchor, an alias): the next space, line break or flow indicator. */
  private tokenEnd(from: number): number {
    let at = from;
    for (let c = this.charAt(at); c >= 0 && !isSpaceOrBreak(c) && !isFlowIndicator(c); c = this.charAt(++at));
    return at;
  }

  /** A line's indentation in spaces, -1 for a blank line, undefined where a tab comes before its content. */
  private indent(line: number): number | undefined {
    const start = this.lineStarts[line] as number;
    const end = start + this.lineLength(line);
    let at = start;
    while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    if (at === end) return -1;
    return this.text.charCodeAt(at) === TAB ? undefined : at - start;
  }

  /** The line's length without its line break. */
  private lineLength(line: number): number {
    const start = this.lineStarts[line] as number;
    let end = this.ends[line] as number;
    if (end > start && this.text.charCodeAt(end - 1) === LINE_FEED) end--;
    if (end > start && this.text.charCodeAt(end - 1) === CARRIAGE_RETURN) end--;
    return end - start;
  }

  /** Just past the line's line break (the end of the text on the last line). */
  private lineEnd(line: number): number {
    return this.ends[line] as number;
  }

  private offset(line: number, column: number): number {
    return (this.lineStarts[line] as number) + column;
  }

  private column(offset: number): number {
    return offset - (this.lineStarts[this.lineOf(offset)] as number);
  }

  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private charAt(offset: number): number {
    return offset < this.text.length ? this.text.charCodeAt(offset) : -1;
  }
}

interface Entry {
  key: number;
  value?: number;
  /** The key as both parsers spell it; undefined for a key that is not a string (`yaml` may read it otherwise). */
  name: string | undefined;
}

function isSpaceOrBreak(c: number): boolean {
  return c === SPACE || c === TAB || c === LINE_FEED || c === CARRIAGE_RETURN;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === BRACKET || c === CLOSING_BRACKET || c === BRACE || c === CLOSING_BRACE;
}
