import type { SourceRef } from "../../model/types.js";
import { refAt } from "../entity.js";
import { asString, type Dict, isDict } from "../values.js";

export const KUBERNETES_FORMAT = "kubernetes";

/** One Kubernetes object in a file, with the reference to its own node (a document, or an item of a List). */
export interface Resource {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  body: Dict;
  ref: SourceRef;
}

export const metadataOf = (body: Dict): Dict => (isDict(body.metadata) ? body.metadata : {});
export const specOf = (body: Dict): Dict => (isDict(body.spec) ? body.spec : {});

/** String-valued entries of a label or annotation map. */
export function stringMap(value: unknown): Record<string, string> {
  if (!isDict(value)) return {};
  const map: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    const text = asString(entry);
    if (text !== undefined) map[key] = text;
  }
  return map;
}

/** The objects of a document: the document itself, or the items of a `List` / `*List` kind. */
export function resourcesOf(document: unknown, ref: SourceRef): Resource[] {
  if (!isDict(document) || typeof document.apiVersion !== "string" || typeof document.kind !== "string") return [];
  if (document.kind.endsWith("List") && Array.isArray(document.items)) {
    return document.items.flatMap((item, index) => resourcesOf(item, refAt(ref, "items", index)));
  }
  const metadata = metadataOf(document);
  const name = asString(metadata.name) ?? asString(metadata.generateName) ?? document.kind.toLowerCase();
  const namespace = asString(metadata.namespace);
  return [{ apiVersion: document.apiVersion, kind: document.kind, name, namespace, body: document, ref }];
}
