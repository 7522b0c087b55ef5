import yaml from "js-yaml";
import { MANIFEST_SCHEMA } from "./cfn-tags.js";

/**
 * The nodes js-yaml composed as it read a file, recorded through its `listener` option ('open' and 'close'
 * events around each call of its `composeNode`); a node is its index, in the order nodes were opened. js-yaml
 * composes more than the document's nodes: a block-level scalar is composed again inside (as a would-be mapping
 * key), and a failed attempt leaves an empty child; what was composed inside a scalar or an alias is dropped
 * when it closes, and readers check a sequence's children against its length. The constructed values are not
 * kept (they would be a second copy of the documents): only what locating needs, four numbers a node and the
 * keys' names; a key written in the text as its value is (most are) is read there when asked.
 */
export class ComposedYaml {
  private firstChild?: Int32Array;
  private nextSibling?: Int32Array;

  constructor(
    /** The text composed. */
    private readonly text: string,
    private readonly numbers: Int32Array,
    private readonly count: number,
    /** The scalars followed by `:` (keys) not read from the text, in order, and their values. */
    private readonly keyNodes: number[],
    private readonly keyValues: (string | number)[],
    /** Anchored nodes in the order they were composed, for aliases to be resolved to the latest before them. */
    private readonly anchors: [number, string][],
  ) {}

  /** Each document's root node, in order (the documents `yaml.loadAll` yields). */
  documents(): number[] {
    return this.childrenOf(-1);
  }

  /**
   * Where composing began: at the node's properties (tag, anchor) or content, or, for a value after `:` or a
   * document's root, before the space that separates it.
   */
  open(node: number): number {
    return this.numbers[node * STRIDE + OPEN] as number;
  }

  /**
   * Where composing ended: just past a scalar or flow collection, or past spaces after it on its line; past the
   * blank and comment lines after a block collection, a block scalar or an alias (at the next token).
   */
  close(node: number): number {
    return this.numbers[node * STRIDE + CLOSE] as number;
  }

  kind(node: number): NodeKind {
    return KINDS[this.info(node) & 3] as NodeKind;
  }

  /** Whether the node's only child is the same node composed once more (a flow collection in a block one). */
  wraps(node: number): boolean {
    return (this.info(node) & WRAPS) !== 0;
  }

  /** A sequence's length (of the array a short-form tag such as `!If [c, a, b]` wrapped, for a tagged one). */
  length(node: number): number | undefined {
    const stored = this.info(node) >>> LENGTH_SHIFT;
    return stored === 0 ? undefined : stored - 1;
  }

  /** A key's constructed value when it is a string or a number. */
  value(node: number): string | number | undefined {
    const info = this.info(node);
    if (info & TEXT_KEY) return this.text.slice(this.open(node), this.open(node) + (info >>> LENGTH_SHIFT));
    return info & LABEL ? undefined : this.keyValue(node);
  }

  /** Any other key's value as JavaScript prints it (`null`, `true`, a date), as js-yaml names such a key. */
  label(node: number): string | undefined {
    return this.info(node) & LABEL ? (this.keyValue(node) as string) : undefined;
  }

  children(node: number): number[] {
    return this.childrenOf(node);
  }

  /** Whether any node has an anchor: without one, no alias can share a node between two places. */
  hasAnchors(): boolean {
    return this.anchors.length > 0;
  }

  /** The node anchored as `name` that closed last at or before `offset`. */
  anchored(name: string, offset: number): number | undefined {
    return this.anchors.findLast(([node, anchor]) => anchor === name && this.close(node) <= offset)?.[0];
  }

  private info(node: number): number {
    return this.numbers[node * STRIDE + INFO] as number;
  }

  private keyValue(node: number): string | number | undefined {
    let low = 0;
    let high = this.keyNodes.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.keyNodes[mid] as number;
      if (at === node) return this.keyValues[mid];
      if (at < node) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  private childrenOf(parent: number): number[] {
    if (!this.firstChild || !this.nextSibling) this.link();
    const first = this.firstChild as Int32Array;
    const next = this.nextSibling as Int32Array;
    const children: number[] = [];
    for (let child = first[parent + 1] as number; child >= 0; child = next[child] as number) children.push(child);
    return children;
  }

  /** Each node's first child and next sibling (the roots are the children of -1, at index 0). */
  private link() {
    const first = new Int32Array(this.count + 1).fill(-1);
    const next = new Int32Array(this.count).fill(-1);
    const last = new Int32Array(this.count + 1).fill(-1);
    for (let node = 0; node < this.count; node++) {
      const slot = (this.numbers[node * STRIDE + PARENT] as number) + 1;
      const previous = last[slot] as number;
      if (previous < 0) first[slot] = node;
      else next[previous] = node;
      last[slot] = node;
    }
    this.firstChild = first;
    this.nextSibling = next;
  }
}

export type NodeKind = "scalar" | "sequence" | "mapping" | null;

/** The state js-yaml hands its listener; `tag` and `anchor` are not in its published types. */
interface ListenerState {
  input: string;
  position: number;
  kind: string | null;
  result: unknown;
  tag?: string | null;
  anchor?: string | null;
}

type YamlListener = (event: "open" | "close", state: ListenerState) => void;

/** Each node takes four numbers: where it opened and closed, its parent, and what `INFO` packs. */
const OPEN = 0;
const CLOSE = 1;
const PARENT = 2;
const INFO = 3;
const STRIDE = 4;

/**
 * INFO: the kind in two bits, then whether it wraps, whether its key is a label, whether a key is its text; then
 * a sequence's length + 1, or the length of a key that is its text.
 */
const KINDS: NodeKind[] = [null, "scalar", "sequence", "mapping"];
const WRAPS = 4;
const LABEL = 8;
const TEXT_KEY = 16;
const LENGTH_SHIFT = 5;

/** Records the nodes js-yaml composes, through its listener, into a `ComposedYaml`. */
class ComposedYamlRecorder {
  private numbers: Int32Array;
  private readonly keyNodes: number[] = [];
  private readonly keyValues: (string | number)[] = [];
  private readonly anchors: [number, string][] = [];
  private count = 0;
  /** The innermost node open, -1 between documents. */
  private current = -1;
  private lastClosed = -1;
  private lastResult: unknown;

  constructor(private readonly text: string) {
    // About one node per 32 characters of YAML (the corpus has one per 44); the buffer doubles when it is full.
    this.numbers = new Int32Array(STRIDE * (64 + (text.length >> 5)));
  }

  readonly listener: YamlListener = (event, state) => {
    if (event === "open") {
      const node = this.count++;
      if (this.count * STRIDE > this.numbers.length) this.grow();
      this.numbers[node * STRIDE + OPEN] = state.position;
      this.numbers[node * STRIDE + PARENT] = this.current;
      this.current = node;
    } else this.closed(state);
  };

  private closed(state: ListenerState) {
    const node = this.current;
    this.current = this.numbers[node * STRIDE + PARENT] as number;
    const result = state.result;
    const kind = state.kind === "scalar" ? 1 : state.kind === "sequence" ? 2 : state.kind === "mapping" ? 3 : 0;
    // Events nest: the node closed last is this one's last child, and its first child is the next node.
    let info = kind;
    if (this.lastClosed === node + 1 && result === this.lastResult && typeof result === "object") info |= WRAPS;
    this.lastClosed = node;
    this.lastResult = result;
    if (kind <= 1) this.dropAfter(node);
    if (typeof result === "object" && result !== null) {
      if (kind === 2) info |= (sequenceLength(result, state.tag) + 1) << LENGTH_SHIFT;
    } else if (mayBeKey(state.input, state.position)) {
      // Only keys are looked up by value. One written as its value is read from the text when asked; any other
      // is kept (a value's string is the document's, a key's a copy of its own that would outlive it).
      const open = this.numbers[node * STRIDE + OPEN] as number;
      if (typeof result === "string" && state.input.startsWith(result, open)) {
        info |= TEXT_KEY | (result.length << LENGTH_SHIFT);
      } else {
        const primitive = typeof result === "string" || typeof result === "number";
        if (!primitive) info |= LABEL;
        this.keyNodes.push(node);
        this.keyValues.push(primitive ? result : String(result));
      }
    }
    if (state.anchor) this.anchors.push([node, state.anchor]);
    this.numbers[node * STRIDE + CLOSE] = state.position;
    this.numbers[node * STRIDE + INFO] = info;
  }

  /** Forgets the nodes composed inside `node` (noise under a scalar or an alias). */
  private dropAfter(node: number) {
    if (this.count === node + 1) return;
    this.count = node + 1;
    while ((this.keyNodes.at(-1) ?? -1) > node) {
      this.keyNodes.pop();
      this.keyValues.pop();
    }
    while ((this.anchors.at(-1)?.[0] ?? -1) > node) this.anchors.pop();
  }

  private grow() {
    const larger = new Int32Array(this.numbers.length * 2);
    larger.set(this.numbers);
    this.numbers = larger;
  }

  /** The record of the nodes composed whole (a file that did not load leaves nodes open, not composed). */
  finish(): ComposedYaml {
    let complete = this.count;
    for (let open = this.current; open >= 0; open = this.numbers[open * STRIDE + PARENT] as number) complete = open;
    const used = complete * STRIDE;
    const numbers = used < this.numbers.length * 0.75 ? this.numbers.slice(0, used) : this.numbers;
    while ((this.keyNodes.at(-1) ?? -1) >= complete) {
      this.keyNodes.pop();
      this.keyValues.pop();
    }
    const anchors = this.anchors.filter(([node]) => node < complete);
    return new ComposedYaml(this.text, numbers, complete, this.keyNodes, this.keyValues, anchors);
  }
}

export interface RecordedYaml {
  /** The documents read, up to an error. */
  documents: unknown[];
  nodes: ComposedYaml;
  /** What js-yaml threw, if it stopped. */
  error?: unknown;
}

/**
 * Reads `text` with js-yaml and the schema manifests are read with, recording the nodes it composes as it
 * goes. `json: true`: a repeated key overrides the earlier one (as JSON.parse, PyYAML and Go's yaml.v2 do)
 * instead of failing the whole file.
 */
export function loadYaml(text: string, filename?: string): RecordedYaml {
  const recorder = new ComposedYamlRecorder(text);
  const documents: unknown[] = [];
  const options = { schema: MANIFEST_SCHEMA, filename, json: true, listener: recorder.listener };
  try {
    yaml.loadAll(text, (document) => documents.push(document), options as yaml.LoadOptions);
    return { documents, nodes: recorder.finish() };
  } catch (error) {
    return { documents, nodes: recorder.finish(), error };
  }
}

/** The nodes of `text` as `loadYaml` composes them (documents before a syntax error are kept). */
export function composeYaml(text: string): ComposedYaml {
  return loadYaml(text).nodes;
}

/**
 * Whether a scalar that ends at `end` is followed on its line by what follows a mapping's key: `:`, or in a flow
 * mapping `,` or `}` for a key with no value (a flow sequence's item followed by `,` is recorded for nothing). A
 * key written otherwise (`? key` on a line of its own) is not recorded: the locator leaves it to `yaml`.
 */
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
