import type { AdapterFactory } from "./adapter.js";
import { azureFunctions } from "./azure/adapter.js";
import { cloudFormation } from "./cloudformation/adapter.js";
import { composeFiles } from "./compose/adapter.js";
import { buildEvidence } from "./evidence/builds.js";
import { deliveryEvidence } from "./evidence/delivery.js";
import { infrastructureEvidence } from "./evidence/infrastructure.js";
import { observabilityEvidence } from "./evidence/observability.js";
import { ownershipEvidence } from "./evidence/ownership.js";
import { helmCharts } from "./helm/adapter.js";
import { knative } from "./knative/adapter.js";
import { kubernetes } from "./kubernetes/adapter.js";
import { policyDocuments } from "./policy-documents/adapter.js";
import { serverlessFramework } from "./serverless/adapter.js";
import { terraform } from "./terraform/adapter.js";

/** Every format archlint reads; each adapter decides from a file's path and content whether it is its own. */
export const ADAPTERS: AdapterFactory[] = [
  serverlessFramework,
  cloudFormation,
  terraform,
  policyDocuments,
  azureFunctions,
  knative,
  kubernetes,
  composeFiles,
  helmCharts,
  observabilityEvidence,
  infrastructureEvidence,
  deliveryEvidence,
  ownershipEvidence,
  buildEvidence,
];
