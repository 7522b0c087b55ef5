import type { Model } from "../model/types.js";
import { functionFacts } from "./function-facts.js";
import { joinQueues } from "./queue-joins.js";
import { repositoryFacts } from "./repository-facts.js";
import { scheduleIntervals } from "./schedules.js";

export interface LinkContext {
  /** The scan's clock, injected so reports are reproducible. */
  now: Date;
  /** The repository's name (the scanned folder's). */
  name: string;
  /** A file a repository-level finding can point at when no manifest defines an entity (the config, say). */
  anchorFile?: string;
  /**
   * The date (YYYY-MM-DD) of the last architecture reassessment: the later of the most recent reassessment issue
   * (the action looks it up) and the config's `reassessment.lastReviewed`; undefined when none is recorded.
   */
  lastReassessment?: string;
}

export type LinkStep = (model: Model, context: LinkContext) => void;

/** Joins and derived facts, in order: later steps may read what earlier ones derived. */
const STEPS: LinkStep[] = [functionFacts, scheduleIntervals, joinQueues, repositoryFacts];

export function link(model: Model, context: LinkContext): Model {
  for (const step of STEPS) step(model, context);
  return model;
}
