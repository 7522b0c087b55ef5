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
 * Reads `text` again with js-yaml, as `parseFile` does (same schema and options, so the same documents), and
 * records every node it composes. Documents before a syntax error are kept.
 */
export function composeYaml(text: string): ComposedStream {
  const composition = new YamlComposition();
  try {
    const options = { schema: MANIFEST_SCHEMA, json: true, listener: composition.listener };
    yaml.loadAll(text, () => {}, options as yaml.LoadOptions);
  } catch {
    // The documents composed before the error are kept; a file that does not load has no documents to locate in.
  }
  return composition.stream();
}

const KINDS: readonly ComposedNode["kind"][] = [null, "scalar", "sequence", "mapping"];
/**
 * A node's numbers in `YamlComposition.numbers`: where it opened and closed, its parent, its kind and flags, and
 * a sequence's length (NONE_KNOWN when it has none).
 */
const OPEN = 0;
const CLOSE = 1;
const PARENT = 2;
const FLAGS = 3;
const LENGTH = 4;
const FIELDS = 5;
/** In FLAGS, beside the kind's index in KINDS: the node wraps its only child. */
const WRAPS = 4;
const NOT_CLOSED = -1;
const NO_PARENT = -1;
const NONE_KNOWN = -1;
/** A node's result that was an object (a collection, a date): it names no key and is not kept. */
const OBJECT = Symbol("object");

/**
 * What js-yaml composes, recorded through its `listener` while it parses, as a few numbers a node (numbered in
 * the order they open) rather than as nodes: every YAML file of a scan is recorded as it is parsed the one time,
 * and only a file that holds findings has its nodes built (`stream`), the ones `composeYaml` would build by
 * reading it again.
 */
export class YamlComposition {
  private numbers = new Int32Array(FIELDS * 16);
  private count = 0;
  /** Each node's result: a string or number (a key's name), another primitive (printed as a label), or OBJECT. */
  private readonly results: unknown[] = [];
  private readonly anchors = new Map<number, string>();
  /** Anchored nodes in the order they closed. */
  private readonly anchored: number[] = [];
  private readonly open: number[] = [];
  /** How many children each open node has closed. */
  private readonly closedChildren: number[] = [];
  private lastResult: unknown;

  readonly listener = (event: "open" | "close", state: ListenerState): void => {
    if (event === "open") {
      this.opened(state.position, this.open.at(-1) ?? NO_PARENT);
      return;
    }
    const node = this.open.pop() as number;
    const children = this.closedChildren.pop() as number;
    const result = state.result;
    const kind = state.kind as ComposedNode["kind"];
    // Events nest: the node closed last before this one is its last child.
    const wraps = children === 1 && result === this.lastResult && typeof result === "object";
    this.lastResult = result;
    this.numbers[node * FIELDS + CLOSE] = state.position;
    this.numbers[node * FIELDS + FLAGS] = Math.max(0, KINDS.indexOf(kind)) + (wraps ? WRAPS : 0);
    const primitive = result === null || typeof result !== "object";
    this.results[node] = primitive ? result : OBJECT;
    const length = primitive || kind !== "sequence" ? undefined : sequenceLength(result, state.tag);
    this.numbers[node * FIELDS + LENGTH] = length ?? NONE_KNOWN;
    const anchor = state.anchor ?? null;
    if (anchor !== null) {
      this.anchors.set(node, anchor);
      this.anchored.push(node);
    }
    const parent = this.closedChildren.length - 1;
    if (parent >= 0) this.closedChildren[parent] = (this.closedChildren[parent] as number) + 1;
    // A document's root is no node's last child: not holding it lets the document go once it is read.
    else this.lastResult = undefined;
  };

  /** The recorded nodes: each document's root, children under their parents, anchored nodes in order. */
  stream(): ComposedStream {
    const nodes = Array.from({ length: this.count }, (_, index) => this.node(index));
    const documents: ComposedNode[] = [];
    nodes.forEach((node, index) => {
      if (node.close === NOT_CLOSED) return;
      const parent = nodes[this.numbers[index * FIELDS + PARENT] as number];
      if (!parent) documents.push(node);
      // What js-yaml composed inside a scalar or an alias is noise (see above): not kept.
      else if (parent.kind === "scalar" || parent.kind === null) return;
      else if (parent.children === NONE) parent.children = [node];
      else parent.children.push(node);
    });
    return { documents, anchored: this.anchored.map((index) => nodes[index] as ComposedNode) };
  }

  private opened(position: number, parent: number): void {
    if ((this.count + 1) * FIELDS > this.numbers.length) {
      const grown = new Int32Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    const at = this.count * FIELDS;
    this.numbers[at + OPEN] = position;
    this.numbers[at + CLOSE] = NOT_CLOSED;
    this.numbers[at + PARENT] = parent;
    this.numbers[at + LENGTH] = NONE_KNOWN;
    this.open.push(this.count);
    this.closedChildren.push(0);
    this.results.push(undefined);
    this.count++;
  }

  private node(index: number): ComposedNode {
    const at = index * FIELDS;
    const flags = this.numbers[at + FLAGS] as number;
    const node: ComposedNode = {
      open: this.numbers[at + OPEN] as number,
      close: this.numbers[at + CLOSE] as number,
      kind: KINDS[flags % WRAPS] ?? null,
      anchor: this.anchors.get(index) ?? null,
      wraps: flags >= WRAPS,
      children: NONE,
    };
    const result = this.results[index];
    if (typeof result === "string" || typeof result === "number") node.value = result;
    else if (result !== OBJECT) node.label = String(result);
    const length = this.numbers[at + LENGTH] as number;
    if (length !== NONE_KNOWN) node.length = length;
    return node;
  }
}

function sequenceLength(result: object, tag: string | null | undefined): number | undefined {
  const items = Array.isArray(result) ? result : tag?.startsWith("!") ? Object.values(result)[0] : undefined;
  return Array.isArray(items) ? items.length : undefined;
}
