import { isAlias, isMap, isScalar, isSeq, type Node, parseAllDocuments } from "yaml";
import type { DocPath } from "../model/types.js";

export type Range = [number, number];
interface Located {
  node: unknown;
  range: Range;
}

/**
 * The exact answer: re-reads the whole file with `yaml`, which keeps every node's range (about ten times what
 * js-yaml costs), and takes the range of the deepest node on the path that exists.
 */
export class ExactYamlLocator {
  private documents?: ReturnType<typeof parseAllDocuments>;

  constructor(private readonly text: string) {}

  find(docIndex: number, path: DocPath): Range {
    const documents = this.parsed();
    const doc = documents[docIndex];
    if (!doc) return [0, 0];
    const root = doc.contents as Node | null;
    const docStart = doc.range?.[0] ?? 0;
    if (!root?.range) return [docStart, docStart];
    let current: Located = { node: root, range: [root.range[0], root.range[1]] };
    for (const segment of path) {
      const next = step(resolve(current.node, doc), segment, doc);
      if (!next) break;
      current = next;
    }
    return current.range;
  }

  private parsed() {
    this.documents ??= parseAllDocuments(this.text, { uniqueKeys: false, strict: false }) as ReturnType<
      typeof parseAllDocuments
    >;
    return Array.isArray(this.documents) ? this.documents : [];
  }
}

type YamlDoc = Parameters<Parameters<ReturnType<typeof parseAllDocuments>["forEach"]>[0]>[0];

function resolve(node: unknown, doc: YamlDoc): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function step(node: unknown, segment: string | number, doc: YamlDoc): Located | undefined {
  if (isSeq(node)) {
    const item = node.items[Number(segment)] as Node | undefined;
    return item?.range ? { node: item, range: [item.range[0], item.range[1]] } : undefined;
  }
  if (!isMap(node)) return undefined;
  // The last of repeated keys, the one the parser keeps.
  const pair = node.items.findLast(({ key }) => String(isScalar(key) ? key.value : key) === String(segment));
  if (pair) {
    const key = pair.key;
    const value = pair.value as Node | null;
    const start = (key as Node | null)?.range?.[0] ?? value?.range?.[0] ?? 0;
    const end = value?.range?.[1] ?? (key as Node | null)?.range?.[1] ?? start;
    return { node: value, range: [start, end] };
  }
  for (const pair of node.items) {
    if (isScalar(pair.key) && pair.key.value === "<<") {
      const merged = step(resolve(pair.value, doc), segment, doc);
      if (merged) return merged;
    }
  }
  return undefined;
}
