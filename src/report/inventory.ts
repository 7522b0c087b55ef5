import type { ScanResult } from "../engine/scan.js";
import type { RepositoryFacts } from "../model/repository.js";
import type { SetAsideFile } from "../model/types.js";

/**
 * What the scan found, for every report: counts per entity kind and per file format, then the repository facts
 * (schemas/model/inventory.schema.json documents each field).
 */
export interface Inventory extends RepositoryFacts {
  entities: Record<string, number>;
  formats: Record<string, number>;
  /** Helm charts whose templates were not rendered: what they declare is seen only through values.yaml. */
  unrenderedHelmCharts: string[];
  /** Files not judged as the deployed system (examples, add-ons, tests): `include` names them to judge them. */
  setAside: SetAsideFile[];
  /** Examples and add-ons judged as the deployment, because nothing else deploys anything. */
  optionalJudged?: { files: number; reasons: string[] };
}

export function buildInventory(result: ScanResult): Inventory {
  const entities: Record<string, number> = {};
  const formats: Record<string, number> = {};
  for (const entity of result.model.entities) {
    if (entity.kind === "repository") continue;
    entities[entity.kind] = (entities[entity.kind] ?? 0) + 1;
    formats[entity.source.format] = (formats[entity.source.format] ?? 0) + 1;
  }
  const facts =
    result.model.facts ?? (result.model.entities.find((e) => e.kind === "repository")?.facts as RepositoryFacts);
  const unrenderedHelmCharts = result.model.evidence
    .filter((e) => e.category === "helm-templates-unrendered")
    .map((e) => e.value);
  const optional = result.optionalJudged ? { optionalJudged: result.optionalJudged } : {};
  return { entities, formats, unrenderedHelmCharts, setAside: result.setAside ?? [], ...optional, ...facts };
}
