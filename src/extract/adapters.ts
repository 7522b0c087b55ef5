import type { AdapterFactory } from "./adapter.js";
import { deliveryEvidence } from "./evidence/delivery.js";
import { infrastructureEvidence } from "./evidence/infrastructure.js";
import { observabilityEvidence } from "./evidence/observability.js";
import { ownershipEvidence } from "./evidence/ownership.js";
import { serverlessFramework } from "./serverless/adapter.js";

/** Every format archlint reads; each adapter decides from a file's path and content whether it is its own. */
export const ADAPTERS: AdapterFactory[] = [
  serverlessFramework,
  observabilityEvidence,
  infrastructureEvidence,
  deliveryEvidence,
  ownershipEvidence,
];
