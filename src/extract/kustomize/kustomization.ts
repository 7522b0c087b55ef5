import { posix } from "node:path";
import type { ParsedFile } from "../../parse/parsed-file.js";
import { asString, isDict } from "../values.js";

const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;

export const isKustomization = (path: string) => KUSTOMIZATION.test(path);

/** Evidence a kustomization leaves for link: one per file or folder it includes (the variants' closures). */
export const KUSTOMIZE_RESOURCE = "kustomize-resource";
/** Evidence of a `kind: Component` kustomization: an opt-in add-on, deployed only where a kustomization includes it. */
export const KUSTOMIZE_COMPONENT = "kustomize-component";

export interface Kustomization {
  /** `kind: Component`: applied only where another kustomization lists it under `components`. */
  component: boolean;
  /** Files and folders (bases) it includes, inside the scanned root. */
  resources: string[];
  /** Files that patch included objects: partial objects, never entities of their own. */
  patches: string[];
}

/**
 * The paths a kustomization names, resolved against its folder; a path that leaves the scanned root (or a
 * remote URL) is dropped, since archlint never reads outside the root.
 */
export function readKustomization(file: ParsedFile): Kustomization {
  const doc = isDict(file.documents[0]) ? file.documents[0] : {};
  const folder = posix.dirname(file.path);
  const inside = (value: unknown): string[] => {
    const path = asString(value);
    if (!path || path.includes("://") || path.startsWith("/")) return [];
    const resolved = posix.normalize(posix.join(folder, path));
    return resolved.startsWith("../") || resolved === ".." ? [] : [resolved];
  };
  const list = (key: string) => (Array.isArray(doc[key]) ? (doc[key] as unknown[]) : []);
  const pathOf = (entry: unknown) => (isDict(entry) ? entry.path : entry);
  return {
    component: doc.kind === "Component",
    resources: [...list("resources"), ...list("bases"), ...list("components")].flatMap(inside),
    patches: [...list("patchesStrategicMerge"), ...list("patchesJson6902"), ...list("patches")]
      .map(pathOf)
      .flatMap(inside),
  };
}
