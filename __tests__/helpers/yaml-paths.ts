import type { DocPath } from "../../src/model/types.js";

/** Every path to a node of a loaded document (keys and indexes), depth first, at most `cap` of them. */
export function pathsOf(value: unknown, cap = Number.POSITIVE_INFINITY): DocPath[] {
  const paths: DocPath[] = [];
  const visit = (node: unknown, prefix: DocPath) => {
    if (typeof node !== "object" || node === null) return;
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((item, index) => [index, item])
      : Object.entries(node);
    for (const [segment, child] of entries) {
      if (paths.length >= cap) return;
      const path = [...prefix, segment];
      paths.push(path);
      visit(child, path);
    }
  };
  visit(value, []);
  return paths;
}

/** Paths that leave the document: a missing key or index below each of a few real paths. */
export function missingPaths(paths: DocPath[]): DocPath[] {
  return paths
    .filter((_, index) => index % 7 === 0)
    .flatMap((path) => [
      [...path, "no such key"],
      [...path, 999],
    ]);
}
