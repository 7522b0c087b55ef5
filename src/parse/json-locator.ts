import { type Node, parseTree } from "jsonc-parser";
import type { DocPath } from "../model/types.js";
import { LineIndex } from "./line-index.js";
import type { Locator } from "./parsed-file.js";

/** Positions in JSON files, found with jsonc-parser's syntax tree on the first request. */
export class JsonLocator implements Locator {
  private root?: Node | null;
  private lines?: LineIndex;

  constructor(private readonly text: string) {}

  locate(_doc: number, path: DocPath) {
    this.lines ??= new LineIndex(this.text);
    if (this.root === undefined) this.root = parseTree(this.text) ?? null;
    let node = this.root;
    let range: [number, number] = node ? [node.offset, node.offset + node.length] : [0, 0];
    for (const segment of path) {
      const next = node ? jsonChild(node, segment) : undefined;
      if (!next) break;
      range = next.range;
      node = next.node;
    }
    return this.lines.range(range[0], range[1]);
  }
}

/** The member `segment` of an object or array node, with the range of its whole property. */
export function jsonChild(node: Node, segment: string | number): { node: Node; range: [number, number] } | undefined {
  if (node.type === "array") {
    const item = node.children?.[Number(segment)];
    return item ? { node: item, range: [item.offset, item.offset + item.length] } : undefined;
  }
  if (node.type !== "object") return undefined;
  // The last of repeated keys, the one JSON.parse keeps.
  const property = node.children?.findLast((p) => p.children?.[0]?.value === String(segment));
  const value = property?.children?.[1];
  if (!property || !value) return undefined;
  return { node: value, range: [property.offset, property.offset + property.length] };
}

/**
 * The range of `path` inside a JSON document written as text between `start` and `end` of a file (a heredoc, a
 * YAML block scalar): from the first brace or bracket on, whitespace and indentation are JSON's own, so offsets in
 * the document are offsets in the file. Undefined when the text is not JSON there (escaped quotes) or the path is
 * not in it.
 */
export function embeddedRange(
  text: string,
  [start, end]: [number, number],
  path: DocPath,
): [number, number] | undefined {
  const opening = text.slice(start, end).search(/[[{]/);
  if (opening < 0) return undefined;
  const from = start + opening;
  let node: Node | undefined = parseTree(text.slice(from, end));
  let range: [number, number] | undefined;
  for (const segment of path) {
    const found = node ? jsonChild(node, segment) : undefined;
    if (!found) break;
    node = found.node;
    range = [from + found.range[0], from + found.range[1]];
  }
  return range;
}
