import type { AnswerValue, DecisionFramework } from "../../model/repository.js";
import type { Inventory } from "../inventory.js";

/** The inventory's repository facts (src/model/repository.ts) as the reassessment issue lists them. */

export function serviceNames(inventory: Inventory): string[] {
  return inventory.ownedServices.map((service) => service.name);
}

export function iacToolNames(inventory: Inventory): string[] {
  return inventory.iac.tools.map((tool) => tool.tool);
}

export function deliverySystemNames(inventory: Inventory): string[] {
  return inventory.delivery.systems.map((system) => system.system);
}

export interface PillarView {
  pillar: string;
  files: string[];
}

/** Each observability pillar with the files that prove it, each file once. */
export function pillarsView(inventory: Inventory): PillarView[] {
  return Object.entries(inventory.observability).map(([pillar, evidence]) => ({
    pillar,
    files: [...new Set(evidence.map((e) => e.file))],
  }));
}

/** The guide's Cost Decision Framework, in its own words and order. */
export const FRAMEWORK_QUESTIONS: readonly { key: keyof DecisionFramework; question: string; config: string }[] = [
  { key: "trafficUnpredictable", question: "Is traffic unpredictable?", config: "workload.traffic" },
  { key: "suddenSpikes", question: "Do we expect sudden spikes?", config: "workload.traffic" },
  { key: "shortLivedWork", question: "Is workload short-lived?", config: "workload.shortLived" },
  { key: "devopsExpertise", question: "Do we have DevOps expertise?", config: "team.devopsExpertise" },
];

export interface FrameworkAnswer {
  question: string;
  /** Where to declare the answer in .archlint.yml. */
  config: string;
  answer: AnswerValue;
  /** `declared` in the config, `inferred` from the manifests, or `unknown`. */
  source: string;
  evidence: string;
}

/** Each of the four questions with the answer the scan found for it. */
export function frameworkView(inventory: Inventory): FrameworkAnswer[] {
  return FRAMEWORK_QUESTIONS.map(({ key, question, config }) => {
    const { answer, basis, reason } = inventory.decision[key];
    return { question, config, answer, source: basis, evidence: reason };
  });
}
