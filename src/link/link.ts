import type { Config } from "../config/config.js";
import type { ActionCatalog } from "../model/aws-actions.js";
import type { Model } from "../model/types.js";
import { joinAutoscalers } from "./autoscaler-joins.js";
import { functionCosts } from "./cost/function-costs.js";
import { exposedServices } from "./exposure.js";
import { functionFacts } from "./function-facts.js";
import { networkIsolation } from "./network-isolation.js";
import { joinQueues } from "./queue-joins.js";
import { repositoryFacts } from "./repository-facts.js";
import { scheduleIntervals } from "./schedules.js";
import { distinctServiceKeys, sameImageSameService } from "./service-keys.js";
import { sharedDatabases } from "./shared-databases.js";
import { trafficReceivers } from "./traffic.js";
import { deploymentVariants } from "./variants.js";

export interface LinkContext {
  /** The scan's clock, injected so reports are reproducible. */
  now: Date;
  /** The repository's name (the scanned folder's). */
  name: string;
  /** The config file, relative to the root: repository findings about declared facts point into it. */
  anchorFile?: string;
  /** The team's config: what it declares (team, workload, reassessment) wins over what link infers. */
  config?: Config;
  /**
   * Authors of the recent history, read by the shell (the engine never runs git) when link asks: only when
   * neither the config nor CODEOWNERS gives the team's size, so a declared size costs no `git log`.
   */
  gitHistory?: () => GitHistory | undefined;
  /** The date of the last reassessment recorded outside the config (the action's reassessment issue). */
  lastReassessment?: Date;
  /**
   * What AWS says each IAM action can be limited to, loaded by the shell when link asks (only when a statement
   * is found). Without it only `*` and `service:*` actions are judged.
   */
  awsActions?: () => ActionCatalog;
  /** The scanned files' texts, to find the stacks that name each other (src/link/repository/systems.ts). */
  texts?: () => Iterable<[string, string]>;
}

export interface GitHistory {
  /** Distinct authors (by e-mail, bots left out) of the commits in the window. */
  authors: string[];
  /** The window, in days. */
  days: number;
  /** False when the clone is shallow and its history starts inside the window. */
  complete: boolean;
  /** Commits that touch the scanned root, over its whole (possibly shallow) history. */
  commits?: number;
  /** ISO date of the oldest of those commits: how old the scanned code is, at least. */
  firstCommit?: string;
}

export type LinkStep = (model: Model, context: LinkContext) => void;

/** Joins and derived facts, in order: later steps may read what earlier ones derived. */
const STEPS: LinkStep[] = [
  deploymentVariants,
  distinctServiceKeys,
  sameImageSameService,
  functionFacts,
  scheduleIntervals,
  functionCosts,
  joinQueues,
  joinAutoscalers,
  networkIsolation,
  exposedServices,
  trafficReceivers,
  sharedDatabases,
  repositoryFacts,
];

export function link(model: Model, context: LinkContext): Model {
  for (const step of STEPS) step(model, context);
  return model;
}
