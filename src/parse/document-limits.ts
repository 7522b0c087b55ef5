/**
 * Limits that keep one hostile document from costing the whole scan. js-yaml shares one object for every
 * alias of an anchor, so a "billion laughs" file is small in memory but explodes in anything that walks it as
 * a tree (adapters, JSON output); V8's JSON.parse accepts nesting that recursive walkers cannot follow.
 */
export const MAX_DEPTH = 1000;
export const MAX_EXPANDED_NODES = 1_000_000;

/**
 * Why a document is refused, or undefined when it is within the limits. Depth and expanded size (aliases
 * counted as many times as they are used) are computed over the shared graph without recursion, so the check
 * is linear in the number of distinct nodes.
 */
export function exceededLimit(document: unknown): string | undefined {
  const depth = new Map<object, number>();
  const expanded = new Map<object, number>();
  const stack: { node: object; children: object[]; next: number }[] = [];
  const onStack = new Set<object>();
  const open = (node: object) => {
    onStack.add(node);
    stack.push({ node, children: containersIn(node), next: 0 });
  };
  if (!isContainer(document)) return undefined;
  open(document);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    if (stack.length > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
    const child = frame.children[frame.next];
    if (child !== undefined) {
      frame.next++;
      if (!expanded.has(child) && !onStack.has(child)) open(child);
      continue;
    }
    stack.pop();
    onStack.delete(frame.node);
    let size = 1 + scalarCount(frame.node);
    let deepest = 0;
    for (const c of frame.children) {
      size += expanded.get(c) ?? 0;
      deepest = Math.max(deepest, depth.get(c) ?? 0);
    }
    if (size > MAX_EXPANDED_NODES)
      return `aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString("en")} nodes`;
    if (deepest + 1 > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
    expanded.set(frame.node, size);
    depth.set(frame.node, deepest + 1);
  }
  return undefined;
}

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function valuesOf(node: object): unknown[] {
  return Array.isArray(node) ? node : Object.values(node);
}

function containersIn(node: object): object[] {
  return valuesOf(node).filter(isContainer);
}

function scalarCount(node: object): number {
  return valuesOf(node).filter((v) => !isContainer(v)).length;
}
