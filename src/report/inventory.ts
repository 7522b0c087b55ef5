import type { ScanResult } from "../engine/scan.js";

/** What the scan found, for every report: counts per entity kind and per file format. */
export interface Inventory {
  entities: Record<string, number>;
  formats: Record<string, number>;
  functions: { name: string; platform: string; file: string }[];
}

export function buildInventory(result: ScanResult): Inventory {
  const entities: Record<string, number> = {};
  for (const entity of result.model.entities) entities[entity.kind] = (entities[entity.kind] ?? 0) + 1;
  const formats: Record<string, number> = {};
  for (const entity of result.model.entities) {
    formats[entity.source.format] = (formats[entity.source.format] ?? 0) + 1;
  }
  const functions = result.model.entities
    .filter((e) => e.kind === "function")
    .map((e) => ({ name: e.name, platform: e.platform, file: e.source.file }));
  return { entities, formats, functions };
}
