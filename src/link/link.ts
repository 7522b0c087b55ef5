import type { Config } from "../config/config.js";
import type { Model } from "../model/types.js";
import { joinAutoscalers } from "./autoscaler-joins.js";
import { exposedServices } from "./exposure.js";
import { functionFacts } from "./function-facts.js";
import { networkIsolation } from "./network-isolation.js";
import { joinQueues } from "./queue-joins.js";
import { repositoryFacts } from "./repository-facts.js";
import { scheduleIntervals } from "./schedules.js";
import { sharedDatabases } from "./shared-databases.js";

export interface LinkContext {
  /** The scan's clock, injected so reports are reproducible. */
  now: Date;
  /** The repository's name (the scanned folder's). */
  name: string;
  /** A file a repository-level finding can point at when no manifest defines an entity (the config, say). */
  anchorFile?: string;
  /** The team's config: what it declares (team, workload, reassessment) wins over what link infers. */
  config?: Config;
}

export type LinkStep = (model: Model, context: LinkContext) => void;

/** Joins and derived facts, in order: later steps may read what earlier ones derived. */
const STEPS: LinkStep[] = [
  functionFacts,
  scheduleIntervals,
  joinQueues,
  joinAutoscalers,
  networkIsolation,
  exposedServices,
  sharedDatabases,
  repositoryFacts,
];

export function link(model: Model, context: LinkContext): Model {
  for (const step of STEPS) step(model, context);
  return model;
}
