/** Small readers shared by adapters: manifests hold numbers as strings and maps where lists were expected. */

export type Dict = Record<string, unknown>;

/** A value that is set in the manifest but cannot be known without deploying (an env lookup, `!If`, …). */
export const UNRESOLVED: unique symbol = Symbol("unresolved");
export type Resolved = unknown | typeof UNRESOLVED;

export function isDict(value: unknown): value is Dict {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

export function asString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return undefined;
}

/** Entries of a map, or of a list of single-key maps (both shapes appear for named collections). */
export function namedEntries(value: unknown): [string, unknown, (string | number)[]][] {
  if (isDict(value)) return Object.entries(value).map(([k, v]) => [k, v, [k]]);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) =>
    isDict(item)
      ? Object.entries(item).map(([k, v]): [string, unknown, (string | number)[]] => [k, v, [index, k]])
      : [],
  );
}

/** The value at a path of mapping keys, or undefined when any step is missing. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isDict(node) || !(String(key) in node)) return undefined;
    node = node[String(key)];
  }
  return node;
}

/** One item or a list of items, as a list (IAM `Action`, `Resource`, `Statement`). */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A table's own entry for a key that comes from a manifest: `__proto__` or `constructor` find nothing. */
export function own<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
