import yaml from "js-yaml";
import { MANIFEST_SCHEMA } from "./cfn-tags.js";

/**
 * A node as js-yaml composed it, recorded through its `listener` option ('open' and 'close' events around each
 * call of its `composeNode`). js-yaml composes more than the document's nodes: a block-level scalar is composed
 * again inside (as a would-be mapping key), and a failed attempt leaves an empty child; readers of the tree
 * take a scalar's children as noise and check a sequence's children against its length. The constructed values
 * are not kept (they would be a second copy of every located file's documents): only what locating needs.
 */
export interface ComposedNode {
  /**
   * Where composing began: at the node's properties (tag, anchor) or content, or, for a value after `:` or a
   * document's root, before the space that separates it.
   */
  open: number;
  /**
   * Where composing ended: just past a scalar or flow collection, or past spaces after it on its line; past the
   * blank and comment lines after a block collection, a block scalar or an alias (at the next token).
   */
  close: number;
  kind: "scalar" | "sequence" | "mapping" | null;
  /** A scalar's constructed value when it is a string or a number (a key's name). */
  value?: string | number;
  /** Any other scalar's value as JavaScript prints it (`null`, `true`, a date), as js-yaml names such a key. */
  label?: string;
  /** A sequence's length (of the array a short-form tag such as `!If [c, a, b]` wrapped, for a tagged one). */
  length?: number;
  /** Whether the node's only child is the same node composed once more (a flow collection in a block one). */
  wraps: boolean;
  tag: string | null;
  anchor: string | null;
  children: ComposedNode[];
}

/** No children: one shared array, as most nodes are scalars (an empty array each cost ~150 bytes once pushed to). */
const NONE: ComposedNode[] = [];

/** The state js-yaml hands its listener; `tag` and `anchor` are not in its published types. */
interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
  tag?: string | null;
  anchor?: string | null;
}

export interface ComposedStream {
  /** Each document's root node, in order (the documents `yaml.loadAll` yields). */
  documents: ComposedNode[];
  /** Anchored nodes in the order they were composed, for aliases to be resolved to the latest before them. */
  anchored: ComposedNode[];
}

/**
 * Reads `text` again with js-yaml, as `parseFile` did (same schema and options, so the same documents), and
 * records every node it composes. Documents before a syntax error are kept.
 */
export function composeYaml(text: string): ComposedStream {
  const documents: ComposedNode[] = [];
  const anchored: ComposedNode[] = [];
  const open: ComposedNode[] = [];
  let lastResult: unknown;
  const listener = (event: "open" | "close", state: ListenerState) => {
    if (event === "open") {
      open.push({ open: state.position, close: -1, kind: null, tag: null, anchor: null, wraps: false, children: NONE });
      return;
    }
    const node = open.pop() as ComposedNode;
    const result = state.result;
    node.close = state.position;
    node.kind = state.kind as ComposedNode["kind"];
    // Events nest: the node closed last before this one is its last child.
    node.wraps = node.children.length === 1 && result === lastResult && typeof result === "object";
    lastResult = result;
    if (typeof result === "string" || typeof result === "number") node.value = result;
    else if (result === null || typeof result !== "object") node.label = String(result);
    else if (node.kind === "sequence") node.length = sequenceLength(result, state.tag);
    node.tag = state.tag ?? null;
    node.anchor = state.anchor ?? null;
    if (node.anchor !== null) anchored.push(node);
    // What js-yaml composed inside a scalar or an alias is noise (see above): not kept.
    if (node.kind === "scalar" || node.kind === null) node.children = NONE;
    const parent = open.at(-1);
    if (!parent) documents.push(node);
    else if (parent.children === NONE) parent.children = [node];
    else parent.children.push(node);
  };
  try {
    yaml.loadAll(text, () => {}, { schema: MANIFEST_SCHEMA, json: true, listener } as yaml.LoadOptions);
  } catch {
    // The documents composed before the error are kept; a file that does not load has no documents to locate in.
  }
  return { documents, anchored };
}

function sequenceLength(result: object, tag: string | null | undefined): number | undefined {
  const items = Array.isArray(result) ? result : tag?.startsWith("!") ? Object.values(result)[0] : undefined;
  return Array.isArray(items) ? items.length : undefined;
}
