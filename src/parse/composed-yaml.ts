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

export interface ComposedStream {
  /** Each document's root node, in order (the documents `yaml.loadAll` yields). */
  documents: ComposedNode[];
  /** Anchored nodes in the order they were composed, for aliases to be resolved to the latest before them. */
  anchored: ComposedNode[];
}

/** The state js-yaml hands its listener; `tag` and `anchor` are not in its published types. */
interface ListenerState {
  input: string;
  position: number;
  kind: string | null;
  result: unknown;
  tag?: string | null;
  anchor?: string | null;
}

export type YamlListener = (event: "open" | "close", state: ListenerState) => void;

/** Each node takes four numbers: where it opened and closed, its parent, and what `INFO` packs. */
const OPEN = 0;
const CLOSE = 1;
const PARENT = 2;
const INFO = 3;
const STRIDE = 4;

/** INFO: the kind in two bits, then whether it wraps, whether its value is a label, and its length + 1. */
const KINDS: ComposedNode["kind"][] = [null, "scalar", "sequence", "mapping"];
const WRAPS = 4;
const LABEL = 8;
const LENGTH_SHIFT = 4;

/** No children: one shared array, as most nodes are scalars (an empty array each cost ~150 bytes once pushed to). */
const NONE: ComposedNode[] = [];

/**
 * The nodes js-yaml composes while it reads a file, recorded by its listener as numbers (four a node) and the
 * scalars' values, so that the one parse that reads the documents also gives their positions; node objects
 * are built only for a file that has something to locate (`stream`). What js-yaml composed inside a scalar or
 * an alias is noise (see `ComposedNode`): it is dropped as soon as that node closes.
 */
export class ComposedYamlRecorder {
  private numbers: Int32Array;
  private values: (string | number | undefined)[] = [];
  /** Anchored nodes, in the order they closed: `[node, name]`. */
  private anchors: [number, string][] = [];
  private count = 0;
  private readonly openNodes: number[] = [];
  private lastClosed = -1;
  private lastResult: unknown;
  /** The nodes before this one were composed whole (a file that did not load leaves nodes open). */
  private complete = 0;
  private built?: ComposedStream;

  constructor(textLength: number) {
    // About one node per 32 characters of YAML (the corpus has one per 44); the buffer doubles when it is full.
    this.numbers = new Int32Array(STRIDE * (64 + (textLength >> 5)));
  }

  readonly listener: YamlListener = (event, state) => {
    if (event === "open") this.opened(state.position);
    else this.closed(state);
  };

  private opened(position: number) {
    const node = this.count++;
    if (this.count * STRIDE > this.numbers.length) this.grow();
    const at = node * STRIDE;
    this.numbers[at + OPEN] = position;
    this.numbers[at + PARENT] = this.openNodes.length > 0 ? (this.openNodes.at(-1) as number) : -1;
    this.values[node] = undefined;
    this.openNodes.push(node);
  }

  private closed(state: ListenerState) {
    const node = this.openNodes.pop() as number;
    const result = state.result;
    const kind = state.kind === "scalar" ? 1 : state.kind === "sequence" ? 2 : state.kind === "mapping" ? 3 : 0;
    // Events nest: the node closed last is this one's last child, and its first child is the next node.
    let info = kind;
    if (this.lastClosed === node + 1 && result === this.lastResult && typeof result === "object") info |= WRAPS;
    this.lastClosed = node;
    this.lastResult = result;
    if (typeof result === "object" && result !== null) {
      if (kind === 2) info |= (sequenceLength(result, state.tag) + 1) << LENGTH_SHIFT;
    } else if (mayBeKey(state.input, state.position)) {
      // Only keys are looked up by value; a value's string is the document's, a key's a copy of its own.
      if (typeof result === "string" || typeof result === "number") this.values[node] = result;
      else {
        this.values[node] = String(result);
        info |= LABEL;
      }
    }
    if (state.anchor) this.anchors.push([node, state.anchor]);
    if (kind <= 1) this.dropAfter(node);
    const at = node * STRIDE;
    this.numbers[at + CLOSE] = state.position;
    this.numbers[at + INFO] = info;
  }

  /** Forgets the nodes composed inside `node` (noise under a scalar or an alias). */
  private dropAfter(node: number) {
    this.count = node + 1;
    while (this.anchors.length > 0 && (this.anchors.at(-1) as [number, string])[0] > node) this.anchors.pop();
  }

  private grow() {
    const larger = new Int32Array(this.numbers.length * 2);
    larger.set(this.numbers);
    this.numbers = larger;
  }

  /** Called when js-yaml has stopped reading: keeps the record, lets go of the rest. */
  finish() {
    this.complete = this.openNodes.length === 0 ? this.count : (this.openNodes[0] as number);
    this.openNodes.length = 0;
    this.lastResult = undefined;
    const used = this.complete * STRIDE;
    if (used < this.numbers.length * 0.75) this.numbers = this.numbers.slice(0, used);
    this.values.length = this.complete;
  }

  /** The recorded nodes as objects, built on first use. */
  stream(): ComposedStream {
    this.built ??= this.build();
    return this.built;
  }

  private build(): ComposedStream {
    const nodes: ComposedNode[] = [];
    const documents: ComposedNode[] = [];
    for (let index = 0; index < this.complete; index++) {
      const at = index * STRIDE;
      const info = this.numbers[at + INFO] as number;
      const node: ComposedNode = {
        open: this.numbers[at + OPEN] as number,
        close: this.numbers[at + CLOSE] as number,
        kind: KINDS[info & 3] as ComposedNode["kind"],
        wraps: (info & WRAPS) !== 0,
        anchor: null,
        children: NONE,
      };
      const value = this.values[index];
      if (value !== undefined) {
        if (info & LABEL) node.label = value as string;
        else node.value = value;
      }
      if (info >>> LENGTH_SHIFT) node.length = (info >>> LENGTH_SHIFT) - 1;
      nodes.push(node);
      const parent = nodes[this.numbers[at + PARENT] as number];
      if (!parent) documents.push(node);
      else if (parent.children === NONE) parent.children = [node];
      else parent.children.push(node);
    }
    const anchored: ComposedNode[] = [];
    for (const [index, name] of this.anchors) {
      const node = nodes[index];
      if (!node) continue;
      node.anchor = name;
      anchored.push(node);
    }
    return { documents, anchored };
  }
}

export interface RecordedYaml {
  /** The documents read, up to an error. */
  documents: unknown[];
  nodes: ComposedYamlRecorder;
  /** What js-yaml threw, if it stopped. */
  error?: unknown;
}

/**
 * Reads `text` with js-yaml and the schema manifests are read with, recording the nodes it composes as it
 * goes. `json: true`: a repeated key overrides the earlier one (as JSON.parse, PyYAML and Go's yaml.v2 do)
 * instead of failing the whole file.
 */
export function loadYaml(text: string, filename?: string): RecordedYaml {
  const nodes = new ComposedYamlRecorder(text.length);
  const documents: unknown[] = [];
  const options = { schema: MANIFEST_SCHEMA, filename, json: true, listener: nodes.listener };
  try {
    yaml.loadAll(text, (document) => documents.push(document), options as yaml.LoadOptions);
    return { documents, nodes };
  } catch (error) {
    return { documents, nodes, error };
  } finally {
    nodes.finish();
  }
}

/** The nodes of `text` as `loadYaml` composes them (documents before a syntax error are kept). */
export function composeYaml(text: string): ComposedStream {
  return loadYaml(text).nodes.stream();
}

/** Whether a scalar that ends at `end` is followed on its line by what follows a mapping's key (`:`, or in a flow
 * mapping `,` or `}` for a key without a value). */
function mayBeKey(input: string, end: number): boolean {
  let at = end;
  let c = input.charCodeAt(at);
  while (c === 0x20 || c === 0x09) c = input.charCodeAt(++at);
  return c === 0x3a || c === 0x2c || c === 0x7d;
}

function sequenceLength(result: object, tag: string | null | undefined): number {
  const items = Array.isArray(result) ? result : tag?.startsWith("!") ? Object.values(result)[0] : undefined;
  return Array.isArray(items) ? items.length : -1;
}
