import type { Inventory } from "../inventory.js";

/**
 * Defensive readers for the inventory's repository facts (services, team, observability, decision framework,
 * IaC, CI/CD). The reassessment renders whatever the scan produced and says "not available" for the rest, so
 * it never depends on a field being present or on its exact shape.
 */
type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null;
const text = (value: unknown): string | undefined =>
  typeof value === "string"
    ? value
    : typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : undefined;

function field(inventory: Inventory, ...names: string[]): unknown {
  const loose = inventory as unknown as Loose;
  for (const name of names) if (loose[name] !== undefined) return loose[name];
  return undefined;
}

/** Owned services: the inventory's list or count, else the number of workloads. */
export function serviceCount(inventory: Inventory): number {
  const services = field(inventory, "services", "ownedServices");
  if (Array.isArray(services)) return services.length;
  if (typeof services === "number") return services;
  if (isObject(services) && typeof services.count === "number") return services.count;
  return inventory.entities?.workload ?? 0;
}

export function serviceNames(inventory: Inventory): string[] | undefined {
  const services = field(inventory, "services", "ownedServices");
  const list = Array.isArray(services)
    ? services
    : isObject(services) && Array.isArray(services.items)
      ? services.items
      : undefined;
  return list?.map((s) => (isObject(s) ? text(s.name) : text(s))).filter((s): s is string => s !== undefined);
}

export interface TeamView {
  size?: number;
  source?: string;
  detail?: string;
}

export function teamView(inventory: Inventory): TeamView | undefined {
  const team = field(inventory, "team", "teamSize");
  if (typeof team === "number") return { size: team };
  if (!isObject(team)) return undefined;
  return {
    ...(typeof team.size === "number" ? { size: team.size } : {}),
    ...(text(team.source) ? { source: text(team.source) } : {}),
    ...(text(team.detail) ? { detail: text(team.detail) } : {}),
  };
}

export interface PillarView {
  pillar: string;
  files: string[];
}

/** Accepts `{metrics: [files]}`, `{metrics: {files|evidence: [...]}}` or `[{pillar, files|evidence}]`. */
export function pillarsView(inventory: Inventory): PillarView[] | undefined {
  const observability = field(inventory, "observability", "pillars");
  if (Array.isArray(observability)) {
    return observability.filter(isObject).map((p) => ({
      pillar: text(p.pillar) ?? text(p.name) ?? "?",
      files: evidenceFiles(p.files ?? p.evidence),
    }));
  }
  if (!isObject(observability)) return undefined;
  return Object.entries(observability).map(([pillar, value]) => ({
    pillar,
    files: evidenceFiles(isObject(value) && !Array.isArray(value) ? (value.files ?? value.evidence) : value),
  }));
}

function evidenceFiles(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const files = value.map((e) => (isObject(e) ? text(e.file) : text(e))).filter((f): f is string => !!f);
  return [...new Set(files)];
}

/** A list of names such as IaC tools or CI/CD systems, from strings or `{name|tool|system}` objects. */
export function namesView(inventory: Inventory, ...names: string[]): string[] | undefined {
  let value = field(inventory, ...names);
  if (isObject(value) && !Array.isArray(value)) value = value.tools ?? value.systems ?? value.items;
  if (!Array.isArray(value)) return undefined;
  return value
    .map((v) => (isObject(v) ? (text(v.name) ?? text(v.tool) ?? text(v.system)) : text(v)))
    .filter((v): v is string => !!v);
}

export interface FrameworkAnswer {
  question: string;
  answer?: string;
  source?: string;
  evidence?: string;
}

/** The guide's Cost Decision Framework, in its own words and order. */
export const FRAMEWORK_QUESTIONS = [
  { key: "trafficUnpredictable", question: "Is traffic unpredictable?", config: "workload.traffic" },
  { key: "suddenSpikes", question: "Do we expect sudden spikes?", config: "workload.traffic" },
  { key: "shortLivedWork", question: "Is workload short-lived?", config: "workload.shortLived" },
  { key: "devopsExpertise", question: "Do we have DevOps expertise?", config: "team.devopsExpertise" },
] as const;

/** Each of the four questions with the answer the scan found for it, if any. */
export function frameworkView(inventory: Inventory): (FrameworkAnswer & { config: string })[] {
  const raw = field(inventory, "decision", "decisionFramework");
  const answers: Loose[] = Array.isArray(raw)
    ? raw.filter(isObject)
    : isObject(raw)
      ? Object.entries(raw).map(([key, v]) => (isObject(v) ? { key, ...v } : { key, answer: v }))
      : [];
  return FRAMEWORK_QUESTIONS.map(({ key, question, config }, index) => {
    const found =
      answers.find((a) => a.key === key || a.id === key || a.question === question) ??
      (Array.isArray(raw) && raw.length === FRAMEWORK_QUESTIONS.length ? answers[index] : undefined);
    if (!found) return { question, config };
    const answer = typeof found.answer === "boolean" ? (found.answer ? "yes" : "no") : text(found.answer);
    const proof = found.evidence ?? found.reason;
    const evidence = Array.isArray(proof) ? evidenceFiles(proof).join(", ") : text(proof);
    const source = text(found.source) ?? text(found.basis);
    return {
      question,
      config,
      ...(answer ? { answer } : {}),
      ...(source ? { source } : {}),
      ...(evidence ? { evidence } : {}),
    };
  });
}
