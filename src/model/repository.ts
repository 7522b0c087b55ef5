/**
 * The repository facts link derives and every report's inventory shows (documented field by field in
 * schemas/model/inventory.schema.json). Policies read the flat facts on the repository entity; this is the
 * structured view of the same facts.
 */

/** One piece of evidence as the inventory shows it: the tool and the file (and line) that proves it. */
export interface EvidenceRef {
  value: string;
  file: string;
  line?: number;
}

export interface OwnedService {
  name: string;
  /** The normalised name that deduplicates one service declared in several formats. */
  key: string;
  /** `container` (Kubernetes, Helm, Compose, Amazon ECS), `knative`, or `serverless-stack` (a stack of functions deployed together). */
  type: "container" | "knative" | "serverless-stack";
  platforms: string[];
  files: string[];
  /** Functions in a serverless stack. */
  functions?: number;
  /** Why it counts as the team's own: what builds it here (or why archlint assumes so). */
  evidence: string[];
  /** Keys of the owned services its settings name (`CART_ADDR: cart:7070`): the calls the map draws. */
  calls?: string[];
  /** Names of the third-party components (databases, brokers, caches) its settings name. */
  uses?: string[];
}

/** A workload that is deployed but is not a service: a load generator, a test runner, a one-shot job, a canary. */
export interface NotAService {
  name: string;
  reason: string;
  file: string;
}

export interface ThirdPartyComponent {
  name: string;
  category: string;
  images: string[];
  file: string;
}

export interface NamedUnit {
  name: string;
  platform: string;
  file: string;
}

export interface GatewayUnit extends NamedUnit {
  /** The keys of the owned services it routes to. */
  routesTo?: string[];
}

export interface FunctionUnit extends NamedUnit {
  /** The key of the owned service (its stack) the function belongs to. */
  service: string;
  /**
   * The gateway in front of it: the API its template declares it on (`Api`), else the one its HTTP trigger
   * implies (`API Gateway HTTP API`, …).
   */
  gateway?: string;
  /** The queues it reads. */
  queues?: string[];
  /** The event buses and topics whose events trigger it (an EventBridge bus, an SNS or Event Grid topic). */
  buses?: string[];
  /** The event buses and topics it may publish to (see `FunctionEntity.publishes`), named as in `buses`. */
  publishes?: string[];
  /** Its monthly cost at its declared load against the smallest always-on container's (src/link/cost). */
  cost?: FunctionCost;
}

export interface FunctionCost {
  /** USD a month on its platform, and for the container. */
  monthly: number;
  containerMonthly: number;
  /** The load assumed, in words. */
  basis: string;
  containerSize: string;
  pricesAsOf: string;
}

export type TeamSizeSource = "config" | "codeowners" | "git-history" | "unknown";

export interface TeamFacts {
  size?: number;
  source: TeamSizeSource;
  /** How the size was found, or why it is unknown and how to set it. */
  detail: string;
  file?: string;
}

export interface DeliverySystem {
  system: string;
  files: string[];
  deploys: boolean;
  deploySteps: EvidenceRef[];
}

export type AnswerValue = "yes" | "no" | "unknown";

export interface DecisionAnswer {
  answer: AnswerValue;
  /** `declared` in the config, or `inferred` from the manifests (or `unknown` when neither says). */
  basis: "declared" | "inferred" | "unknown";
  reason: string;
}

export interface DecisionFramework {
  trafficUnpredictable: DecisionAnswer;
  suddenSpikes: DecisionAnswer;
  shortLivedWork: DecisionAnswer;
  devopsExpertise: DecisionAnswer;
}

export interface ArchitectureStyle {
  value: "serverless" | "microservices" | "hybrid" | "monolith" | "unknown";
  /** The counts it rests on, in words. */
  basis: string;
  serverlessStacks: number;
  functions: number;
  containerServices: number;
}

/** One independent system of a repository that holds several (src/link/repository/systems.ts). */
export interface SystemSummary {
  /** Its root folder's path (the repository's name when the repository is one system). */
  name: string;
  root: string;
  style: ArchitectureStyle;
  /** Names of its owned services. */
  ownedServices: string[];
  functions: number;
}

export interface RepositoryFacts {
  style: ArchitectureStyle;
  /**
   * The independent systems the repository holds, each judged on its own by the repository policies; one, rooted
   * at `.`, when the repository is one system.
   */
  systems?: SystemSummary[];
  ownedServices: OwnedService[];
  functions: FunctionUnit[];
  thirdParty: ThirdPartyComponent[];
  notServices: NotAService[];
  gateways: GatewayUnit[];
  queues: NamedUnit[];
  team: TeamFacts;
  observability: Record<"metrics" | "traces" | "logs" | "dashboards", EvidenceRef[]>;
  mesh: EvidenceRef[];
  iac: {
    tools: { tool: string; files: string[] }[];
    clusterInCode: EvidenceRef[];
    /** Commands that create a cloud cluster (`eksctl create cluster`, …) in a script or a pipeline step. */
    clusterByScript: EvidenceRef[];
    /** Kubernetes manifests, Helm charts and Kustomize folders: what runs on a cluster. */
    kubernetes: EvidenceRef[];
    compose: EvidenceRef[];
  };
  delivery: { systems: DeliverySystem[]; deploys: boolean };
  decision: DecisionFramework;
  /**
   * The last review and where it is recorded; with none, `age` says how old the scanned code is known to be
   * (`history since 2024-03-01`) or `unknown`.
   */
  reassessment: { last?: string; source?: "config" | "issue"; age?: string };
}
