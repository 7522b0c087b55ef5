import type { DocPath } from "../model/types.js";
import { BlockYamlText, type DocumentLines, type Key, NotCertain, unsure } from "./block-yaml-text.js";
import type { Range } from "./exact-yaml-locator.js";

/** A block mapping or sequence: its indentation, the line of its first entry and where that entry starts. */
interface Collection {
  kind: "map" | "seq";
  indent: number;
  line: number;
  start: number;
}

/**
 * A value on one line (or a block scalar's lines). `trails`: `yaml` extends its end over the comment lines
 * indented deeper than its collection that follow it (true for flow scalars and flow collections, not for
 * block scalars).
 */
interface Leaf {
  kind: "leaf";
  start: number;
  end: number;
  lastLine: number;
  trails: boolean;
  flow?: "[" | "{";
  alias?: boolean;
  /** A quoted scalar or flow collection over several lines: the scanner does not look inside. */
  spansLines?: boolean;
}

interface Empty {
  kind: "empty";
  start: number;
}

type BlockNode = Collection | Leaf | Empty;

interface Entry extends Key {
  line: number;
}

/**
 * Finds what `ExactYamlLocator` finds, reading only the lines on the path: block mappings and sequences,
 * comments, block scalars, plain scalars and one-line flow sequences. Anything it cannot be sure of (flow
 * mappings on the path, aliases, keys `yaml` may read otherwise, directives, empty values that end a
 * collection) answers undefined.
 */
export class BlockYamlLocator {
  private readonly lines: BlockYamlText;
  private documents?: DocumentLines[] | null;
  private limit = 0;
  /** Per collection (by its start offset): the lines of its entries, and a mapping's keys. */
  private readonly entryLineCache = new Map<number, number[]>();
  private readonly entryCache = new Map<number, Map<string, Entry>>();
  /** Documents whose flow values over several lines were read, and those whose lines were all marked as owned. */
  private readonly flowRead = new Set<number>();
  private readonly flowOwned = new Set<number>();

  constructor(text: string, lineStarts: number[]) {
    this.lines = new BlockYamlText(text, lineStarts);
  }

  find(doc: number, path: DocPath): Range | undefined {
    try {
      return this.walk(doc, path);
    } catch (error) {
      if (error instanceof NotCertain) return undefined;
      throw error;
    }
  }

  private walk(doc: number, path: DocPath): Range {
    const lines = this.documentLines()[doc] ?? unsure();
    this.limit = lines.limit;
    if (!this.flowRead.has(doc)) {
      this.flowRead.add(doc);
      this.lines.ownFlowLines(lines);
      this.flowOwned.add(doc);
    }
    if (!this.flowOwned.has(doc)) unsure();
    const first = this.lines.nextContent(lines.first, lines.limit);
    if (first >= lines.limit || this.lines.indent(first) !== 0) unsure();
    let node: BlockNode = this.collectionAt(first, 0);
    let start = node.start;
    for (const segment of path) {
      if (node.kind === "map") {
        const name = String(segment);
        const entry = this.findLastEntry(node, name) ?? unsure();
        node = this.valueAfter(entry.line, entry.after, node.indent, false);
        start = entry.start;
      } else if (node.kind === "seq") {
        const index = Number(segment);
        const item: BlockNode | undefined = isIndex(index) ? this.item(node, index) : undefined;
        if (!item) break;
        node = item;
        start = item.start;
      } else if (node.kind === "leaf" && node.flow === "[" && isIndex(Number(segment))) {
        const item = this.flowItem(node, Number(segment));
        if (!item) break;
        node = item;
        start = item.start;
      } else {
        if (node.kind === "leaf" && (node.alias || node.flow === "{" || node.spansLines)) unsure();
        break;
      }
    }
    return [start, this.endOf(node)];
  }

  private documentLines(): DocumentLines[] {
    if (this.documents === undefined) {
      try {
        this.documents = this.lines.documents();
      } catch (error) {
        if (!(error instanceof NotCertain)) throw error;
        this.documents = null;
      }
    }
    return this.documents ?? unsure();
  }

  /** The block mapping or sequence whose first entry is at (`line`, `column`). */
  private collectionAt(line: number, column: number): Collection {
    const start = this.lines.offset(line, column);
    if (this.lines.isDash(line, column)) return { kind: "seq", indent: column, line, start };
    if (this.lines.keyAt(line, column)) return { kind: "map", indent: column, line, start };
    return unsure();
  }

  /** Lines that hold the collection's entries or items, the first included. */
  private entryLines(collection: Collection): number[] {
    let lines = this.entryLineCache.get(collection.start);
    if (!lines) {
      lines = [...this.readEntryLines(collection)];
      this.entryLineCache.set(collection.start, lines);
    }
    return lines;
  }

  private *readEntryLines(collection: Collection): Generator<number> {
    yield collection.line;
    for (let line = collection.line + 1; line < this.limit; line++) {
      const indent = this.lines.indent(line);
      if (indent < 0 || indent > collection.indent || this.lines.isComment(line)) continue;
      if (indent < collection.indent) return;
      const dash = this.lines.isDash(line, indent);
      if (collection.kind === "seq" && !dash) return;
      // In a mapping, a `-` at the mapping's own indentation is an item of the previous key's sequence.
      if (!dash || collection.kind === "seq") yield line;
    }
  }

  /** The mapping's keys by name, each the last of its repeats: the one `yaml` and js-yaml (`json`) keep. */
  private entries(map: Collection): Map<string, Entry> {
    let entries = this.entryCache.get(map.start);
    if (!entries) {
      entries = new Map();
      for (const line of this.entryLines(map)) {
        const key = this.lines.keyAt(line, map.indent) ?? unsure();
        entries.set(key.name, { ...key, line });
      }
      this.entryCache.set(map.start, entries);
    }
    return entries;
  }

  private findLastEntry(map: Collection, name: string): Entry | undefined {
    return this.entries(map).get(name);
  }

  private item(seq: Collection, index: number): BlockNode | undefined {
    const line = this.entryLines(seq)[index];
    return line === undefined ? undefined : this.itemAt(line, seq.indent);
  }

  private flowItem(seq: Leaf, index: number): Leaf | undefined {
    const line = seq.lastLine;
    const column = seq.start - this.lines.offset(line, 0);
    const item = this.lines.flowItems(line, column)[index];
    if (!item) return undefined;
    const [start, end] = item;
    const open = this.lines.char(line, start);
    const flow = open === 91 ? "[" : open === 123 ? "{" : undefined;
    const at = (c: number) => this.lines.offset(line, c);
    return { kind: "leaf", start: at(start), end: at(end), lastLine: line, trails: true, ...(flow && { flow }) };
  }

  private lastChild(collection: Collection): BlockNode {
    const last = this.entryLines(collection).at(-1) as number;
    if (collection.kind === "seq") return this.itemAt(last, collection.indent);
    const key = this.lines.keyAt(last, collection.indent) ?? unsure();
    return this.valueAfter(last, key.after, collection.indent, false);
  }

  /** A sequence item: `- value`, or a compact mapping (`- key: v`) or sequence (`- - x`) on the item's line. */
  private itemAt(line: number, dash: number): BlockNode {
    const at = this.lines.skipSpaces(line, dash + 1);
    if (!this.lines.restIsEmpty(line, at)) {
      if (this.lines.isDash(line, at)) return { kind: "seq", indent: at, line, start: this.lines.offset(line, at) };
      if (this.lines.keyAt(line, at)) return { kind: "map", indent: at, line, start: this.lines.offset(line, at) };
    }
    return this.valueAfter(line, dash + 1, dash, true);
  }

  /** The value that follows an indicator (`:` or `-`) ending at `column`, owned by a collection at `parent`. */
  private valueAfter(line: number, column: number, parent: number, inSeq: boolean): BlockNode {
    const lines = this.lines;
    let at = lines.skipSpaces(line, column);
    const valueStart = at;
    let props = false;
    for (let c = lines.char(line, at); c === 33 || c === 38; c = lines.char(line, at)) {
      const next = lines.char(line, at + 1);
      if (c === 33 && (next === 33 || next === 60)) unsure();
      at = lines.skipSpaces(line, lines.tokenEnd(line, at));
      props = true;
    }
    if (lines.restIsEmpty(line, at)) {
      const next = lines.nextContent(line + 1, this.limit);
      const indent = next < this.limit ? lines.indent(next) : -1;
      if (indent === parent && !inSeq && lines.isDash(next, indent)) return this.collectionAt(next, indent);
      if (indent > parent) {
        if (lines.isDash(next, indent) || lines.keyAt(next, indent)) return this.collectionAt(next, indent);
        // A scalar or flow collection on the lines below its key or `-` (a block scalar there is left to `yaml`).
        const first = lines.char(next, indent);
        if (props || first === 124 || first === 62) unsure();
        return this.valueAfter(next, indent, parent, inSeq);
      }
      return props ? unsure() : { kind: "empty", start: lines.offset(line, valueStart) };
    }
    const c = lines.char(line, at);
    const start = lines.offset(line, at);
    if (c === 124 || c === 62) return this.blockScalar(line, at, parent);
    let end: number;
    const leaf = { kind: "leaf" as const, start, lastLine: line, trails: true };
    if (c === 42) {
      if (props) unsure();
      end = lines.tokenEnd(line, at);
      if (!lines.restIsEmpty(line, end)) unsure();
      return { ...leaf, end: lines.offset(line, end), alias: true };
    }
    const span = lines.spanAt(line, at);
    if (span) {
      return { ...leaf, end: lines.offset(span.line, span.column), lastLine: span.line, spansLines: true };
    }
    if (c === 34 || c === 39) end = lines.quotedEnd(line, at);
    else if (c === 91 || c === 123) end = lines.flowEnd(line, at);
    else if (lines.startsPlain(line, at)) end = lines.plainEnd(line, at);
    else return unsure();
    if (!lines.restIsEmpty(line, end)) unsure();
    if (c !== 34 && c !== 39 && c !== 91 && c !== 123 && !this.commentAfter(line, end)) {
      return this.plainContinued({ ...leaf, end: lines.offset(line, end) }, parent);
    }
    const flow = c === 91 ? "[" : c === 123 ? "{" : undefined;
    return { ...leaf, end: lines.offset(line, end), ...(flow && { flow }) };
  }

  /** A plain scalar goes on over the deeper lines that follow (blank lines between), up to a comment. */
  private plainContinued(leaf: Leaf, parent: number): Leaf {
    const lines = this.lines;
    let { end, lastLine } = leaf;
    for (let next = lastLine + 1; next < this.limit; next++) {
      const indent = lines.indent(next);
      if (indent < 0) continue;
      if (indent <= parent || lines.isComment(next)) break;
      if (!lines.startsPlain(next, indent)) unsure();
      const column = lines.plainEnd(next, indent);
      end = lines.offset(next, column);
      lastLine = next;
      if (this.commentAfter(next, column)) break;
    }
    return { ...leaf, end, lastLine };
  }

  /** Whether a comment follows `column` on the line (nothing but spaces and a comment may). */
  private commentAfter(line: number, column: number): boolean {
    return this.lines.skipSpaces(line, column) < this.lines.end(line);
  }

  /**
   * `|` or `>` with an optional `-` chomping indicator. `yaml` ends it after the line break of its last
   * non-blank line; kept trailing lines (`+`), explicit indentation and empty bodies are left to `yaml`.
   */
  private blockScalar(line: number, column: number, parent: number): Leaf {
    const lines = this.lines;
    let at = column + 1;
    if (lines.char(line, at) === 45) at++;
    if (!lines.restIsEmpty(line, at)) unsure();
    let first = line + 1;
    while (first < this.limit && lines.indent(first) < 0) first++;
    const indent = first < this.limit ? lines.indent(first) : -1;
    if (indent <= parent) unsure();
    for (let blank = line + 1; blank < first; blank++) if (lines.end(blank) > indent) unsure();
    let last = first;
    for (let next = first + 1; next < this.limit; next++) {
      const nextIndent = lines.indent(next);
      // A line of spaces longer than the indentation is content (spaces), not a blank line.
      if (nextIndent < 0) {
        if (lines.end(next) > indent) last = next;
        continue;
      }
      if (nextIndent < indent) {
        if (nextIndent > parent) unsure();
        break;
      }
      last = next;
    }
    return { kind: "leaf", start: lines.offset(line, column), end: lines.next(last), lastLine: last, trails: false };
  }

  /**
   * Where `yaml` ends a node (`range[1]`). A collection ends where its last descendant ends, plus the comment
   * lines `yaml` hands to a collection on the way: the blank and comment lines after the last value go up from
   * the innermost collection, each passing them on unless one of the comments is indented at least as deep as
   * it (and it is indented at all); the one that keeps them ends at the next token.
   */
  private endOf(node: BlockNode): number {
    if (node.kind === "empty") return node.start;
    if (node.kind === "leaf") return node.end;
    const chain: Collection[] = [node];
    let last = this.lastChild(node);
    while (last.kind === "map" || last.kind === "seq") {
      chain.push(last);
      last = this.lastChild(last);
    }
    const leaf = last.kind === "leaf" ? last : unsure();
    const innermost = chain[chain.length - 1] as Collection;
    let end = leaf.trails ? this.lines.next(leaf.lastLine) : leaf.end;
    let line = leaf.lastLine + 1;
    let deepest = -1;
    for (; line < this.limit; line++) {
      const indent = this.lines.indent(line);
      if (indent < 0) continue;
      if (!this.lines.isComment(line)) break;
      if (leaf.trails && deepest < 0 && indent > innermost.indent) end = this.lines.next(line);
      else deepest = Math.max(deepest, indent);
    }
    const next = line < this.limit ? this.lines.offset(line, this.lines.indent(line)) : this.lines.next(this.limit - 1);
    const keeper = chain.slice(1).some((collection) => collection.indent > 0 && deepest >= collection.indent);
    return keeper ? next : end;
  }
}

function isIndex(index: number): boolean {
  return Number.isInteger(index) && index >= 0;
}
