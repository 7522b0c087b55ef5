import { posix } from "node:path";
import { EVIDENCE, PILLARS } from "../../knowledge/evidence-categories.js";
import { CHART_CATEGORIES } from "../../knowledge/observability-catalog.js";
import type { DeliverySystem, EvidenceRef, RepositoryFacts } from "../../model/repository.js";
import type { Entity, Evidence, FunctionEntity } from "../../model/types.js";
import { evidenceOf } from "./evidence.js";

/**
 * Evidence that entities carry rather than files: active tracing and log retention on functions, and the
 * observability or mesh charts a Helm chart depends on.
 */
export function derivedEvidence(entities: readonly Entity[], evidence: readonly Evidence[]): Evidence[] {
  const derived: Evidence[] = [];
  for (const entity of entities) {
    if (entity.kind !== "function") continue;
    const fn = entity as FunctionEntity;
    const tracing = fn.origins.tracing?.ref;
    if (fn.tracing === true && tracing)
      derived.push({ category: "traces", value: "AWS X-Ray (function tracing)", file: tracing.file });
    const retention = fn.origins.logRetentionDays?.ref;
    if (typeof fn.logRetentionDays === "number" && retention)
      derived.push({ category: "logs", value: "CloudWatch Logs retention", file: retention.file });
  }
  for (const item of evidence) {
    if (item.category !== EVIDENCE.chartDependency) continue;
    const chart = posix.basename(item.value);
    for (const category of CHART_CATEGORIES[chart] ?? [])
      derived.push({ category, value: `${chart} chart`, file: item.file, ...(item.line ? { line: item.line } : {}) });
  }
  return derived;
}

export function observabilityFacts(evidence: readonly Evidence[]): RepositoryFacts["observability"] {
  const [metrics, traces, logs, dashboards] = PILLARS.map((pillar) => evidenceOf(evidence, pillar));
  return { metrics: metrics ?? [], traces: traces ?? [], logs: logs ?? [], dashboards: dashboards ?? [] };
}

const KUBERNETES_PLATFORMS = new Set(["kubernetes", "helm", "kustomize"]);

export function infrastructureFacts(
  entities: readonly Entity[],
  evidence: readonly Evidence[],
): RepositoryFacts["iac"] {
  const tools = new Map<string, string[]>();
  for (const item of evidenceOf(evidence, EVIDENCE.iac)) {
    const files = tools.get(item.value);
    if (files) files.push(item.file);
    else tools.set(item.value, [item.file]);
  }
  const kubernetes: EvidenceRef[] = evidenceOf(evidence, EVIDENCE.kubernetes);
  const listed = new Set(kubernetes.map((k) => k.file));
  for (const entity of entities) {
    if (!KUBERNETES_PLATFORMS.has(entity.platform) || listed.has(entity.source.file)) continue;
    listed.add(entity.source.file);
    kubernetes.push({ value: "Kubernetes manifests", file: entity.source.file });
  }
  return {
    tools: [...tools].map(([tool, files]) => ({ tool, files })),
    clusterInCode: evidenceOf(evidence, EVIDENCE.clusterInCode),
    clusterByScript: evidenceOf(evidence, EVIDENCE.clusterByScript),
    kubernetes,
    compose: evidenceOf(evidence, EVIDENCE.compose),
  };
}

export function deliveryFacts(evidence: readonly Evidence[]): RepositoryFacts["delivery"] {
  const systems = new Map<string, DeliverySystem>();
  const system = (name: string) => {
    const found = systems.get(name) ?? { system: name, files: [], deploys: false, deploySteps: [] };
    systems.set(name, found);
    return found;
  };
  for (const item of evidenceOf(evidence, EVIDENCE.ci)) {
    const entry = system(item.value);
    if (!entry.files.includes(item.file)) entry.files.push(item.file);
  }
  for (const item of evidenceOf(evidence, EVIDENCE.deploy)) {
    const separator = item.value.indexOf(": ");
    const entry = system(separator > 0 ? item.value.slice(0, separator) : item.value);
    entry.deploys = true;
    entry.deploySteps.push({ ...item, value: separator > 0 ? item.value.slice(separator + 2) : item.value });
  }
  const list = [...systems.values()];
  return { systems: list, deploys: list.some((s) => s.deploys) };
}
