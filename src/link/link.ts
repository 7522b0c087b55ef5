import type { Model } from "../model/types.js";
import { functionFacts } from "./function-facts.js";

export interface LinkContext {
  /** The scan's clock, injected so reports are reproducible. */
  now: Date;
}

export type LinkStep = (model: Model, context: LinkContext) => void;

/** Joins and derived facts, in order: later steps may read what earlier ones derived. */
const STEPS: LinkStep[] = [functionFacts];

export function link(model: Model, context: LinkContext): Model {
  for (const step of STEPS) step(model, context);
  return model;
}
