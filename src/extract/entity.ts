import type { DocPath, EntityBase, EntityKind, FieldOrigin, SourceRef } from "../model/types.js";

export interface EntityStart {
  kind: EntityKind;
  name: string;
  platform: string;
  format: string;
  ref: SourceRef;
  /** Distinguishes entities of the same kind and name in one file (e.g. a namespace). */
  qualifier?: string;
}

export function createEntity<T extends EntityBase = EntityBase>(start: EntityStart, fields: Partial<T> = {}): T {
  const { kind, name, platform, format, ref, qualifier } = start;
  const id = `${kind}:${ref.file}#${qualifier ? `${qualifier}/` : ""}${name}`;
  return { kind, id, name, platform, source: { file: ref.file, format }, ref, origins: {}, ...fields } as T;
}

/** Sets a field and records where it came from; `note` explains a default or an inherited value. */
export function setField(entity: EntityBase, field: string, value: unknown, ref: SourceRef, note?: string): void {
  entity[field] = value;
  entity.origins[field] = note ? { ref, note } : { ref };
}

export function recordOrigin(entity: EntityBase, field: string, origin: FieldOrigin): void {
  entity.origins[field] = origin;
}

export function markUnresolved(entity: EntityBase, field: string, ref: SourceRef): void {
  entity.unresolved = [...(entity.unresolved ?? []), field];
  entity.origins[field] = { ref, note: "its value could not be resolved" };
}

export const refAt = (base: SourceRef, ...path: DocPath): SourceRef => ({ ...base, path: [...base.path, ...path] });

/** A path below `base`, inside the JSON text it points at when it points at one (`embedded`). */
export const refInto = (base: SourceRef, ...path: DocPath): SourceRef =>
  base.embedded ? { ...base, embedded: [...base.embedded, ...path] } : refAt(base, ...path);
