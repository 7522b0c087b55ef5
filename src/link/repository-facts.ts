import { createEntity } from "../extract/entity.js";
import type { EvidenceRef, RepositoryFacts, SystemSummary } from "../model/repository.js";
import type { Entity, Evidence, FunctionEntity, IamStatement, Model, SourceRef } from "../model/types.js";
import { statementScope } from "./iam-scope.js";
import type { GitHistory, LinkContext } from "./link.js";
import { decisionFramework, fitMismatch } from "./repository/decision.js";
import { evidenceOf, refOf } from "./repository/evidence.js";
import { reassessment } from "./repository/reassessment.js";
import { architectureStyle } from "./repository/style.js";
import { findSystems, type SystemRoot } from "./repository/systems.js";
import { teamSize } from "./repository/team.js";
import { deliveryFacts, derivedEvidence, infrastructureFacts, observabilityFacts } from "./repository/tooling.js";
import { collectUnits } from "./repository/units.js";

/**
 * The `repository` entity: facts that span files. `facts` is the structured view the inventory shows; the flat
 * fields beside it are what the repository policies read. Its `ref` is the main manifest, so a repository
 * finding always has a real file and line; findings about declared facts point into the config instead.
 * A repository that holds several independent systems (systems.ts) gets one such entity per system, named by
 * the system's root folder and judged on that system's files; the pipelines, CODEOWNERS and files outside every
 * system are repository-wide and count for each. The whole repository's facts, with the list of systems, are
 * then `model.facts`.
 */
export function repositoryFacts(model: Model, context: LinkContext): void {
  const evidence = [...model.evidence, ...derivedEvidence(model.entities, model.evidence)];
  const history = once(context.gitHistory);
  const team = teamSize(evidence, { ...context, gitHistory: history });
  const review = reassessment(context, history);
  const shared = { team, review };
  const systems = findSystems(model, context.config?.systems, context.texts);
  if (systems.length === 0) {
    const whole = repositoryEntity(model, evidence, context, shared);
    model.entities.push(whole.entity);
    model.facts = { ...whole.facts, systems: [systemSummary(context.name, ".", whole.facts)] };
    return;
  }
  // The whole repository is judged through its systems' entities: only its facts are reported.
  const whole = systemFacts(model, evidence, context, shared);
  const parts = splitBySystem(model, evidence, systems);
  model.facts = {
    ...whole,
    systems: systems.map((system, index) => {
      const { part, evidence: partEvidence } = parts[index] as Part;
      const judged = repositoryEntity(part, partEvidence, { ...context, name: system.name }, shared);
      judged.entity.system = system.root;
      model.entities.push(judged.entity);
      return systemSummary(system.name, system.root, judged.facts);
    }),
  };
}

interface Part {
  part: Model;
  evidence: Evidence[];
}

/**
 * Each system's entities, statements and evidence; evidence in files outside every system (the pipelines,
 * CODEOWNERS, a root README's tooling) is repository-wide and joins each. An entity outside every system is in
 * none: its own policies judge it, no system's.
 */
function splitBySystem(model: Model, evidence: Evidence[], systems: SystemRoot[]): Part[] {
  const owners = new Map<string, number>();
  const ownerOf = (file: string) => {
    let index = owners.get(file);
    if (index === undefined) {
      index = systems.findIndex((system) => system.owns(file));
      owners.set(file, index);
    }
    return index;
  };
  const parts: Part[] = systems.map(() => ({ part: { entities: [], evidence: [], statements: [] }, evidence: [] }));
  for (const entity of model.entities) parts[ownerOf(entity.source.file)]?.part.entities.push(entity);
  for (const statement of model.statements) parts[ownerOf(statement.ref.file)]?.part.statements.push(statement);
  const place = (item: Evidence, add: (part: Part) => void) => {
    const index = ownerOf(item.file);
    if (index >= 0) add(parts[index] as Part);
    else for (const part of parts) add(part);
  };
  for (const item of model.evidence) place(item, (part) => part.part.evidence.push(item));
  for (const item of evidence) place(item, (part) => part.evidence.push(item));
  return parts;
}

interface Shared {
  team: ReturnType<typeof teamSize>;
  review: ReturnType<typeof reassessment>;
}

function systemSummary(name: string, root: string, facts: RepositoryFacts): SystemSummary {
  return {
    name,
    root,
    style: facts.style,
    ownedServices: facts.ownedServices.map((s) => s.name),
    functions: facts.functions.length,
  };
}

/** The facts of one system, or of the whole repository. */
function systemFacts(model: Model, evidence: Evidence[], context: LinkContext, shared: Shared): RepositoryFacts {
  const { team, review } = shared;
  const units = collectUnits(model.entities, evidence, context.name);
  const iac = infrastructureFacts(model.entities, evidence);
  const delivery = deliveryFacts(evidence);
  return {
    style: architectureStyle(units.ownedServices, units.functions.length),
    ...units,
    team: team.facts,
    observability: observabilityFacts(evidence),
    mesh: evidenceOf(evidence, "mesh"),
    iac,
    delivery,
    decision: decisionFramework(model.entities, { iac, delivery }, context),
    reassessment: review.facts,
  };
}

/** The repository entity of one system (or of the whole repository), with the facts it rests on. */
function repositoryEntity(
  model: Model,
  evidence: Evidence[],
  context: LinkContext,
  shared: Shared,
): { entity: Entity; facts: RepositoryFacts } {
  const { team, review } = shared;
  const facts = systemFacts(model, evidence, context, shared);
  const { iac, decision } = facts;
  const repository = createEntity({
    kind: "repository",
    name: context.name,
    platform: "repository",
    format: "repository",
    ref: mainManifest(model, context),
  });
  repository.facts = facts;
  addPolicyFacts(repository, facts);
  if (team.ref) repository.origins.teamSize = repository.origins.servicesPerEngineer = { ref: team.ref };
  const [firstKubernetes, ...others] = iac.kubernetes;
  if (firstKubernetes) {
    const shallowest = others.reduce(
      (best, item) => (depth(item.file) < depth(best.file) ? item : best),
      firstKubernetes,
    );
    repository.origins.hasKubernetes = { ref: refOf(shallowest) };
  }
  const mismatch = fitMismatch(decision, facts, model.entities, context);
  if (mismatch) {
    repository.fitMismatch = mismatch.reason;
    if (mismatch.ref) repository.origins.fitMismatch = { ref: mismatch.ref };
  }
  repository.reassessmentStatus = review.status;
  if (review.months !== undefined) repository.reassessmentMonths = review.months;
  if (context.anchorFile) {
    const path = review.facts.source === "config" ? ["reassessment", "lastReviewed"] : [];
    repository.origins.reassessmentMonths = { ref: { file: context.anchorFile, doc: 0, path } };
  }
  addReservedConcurrency(repository, model);
  addStatements(repository, model.statements, context);
  return { entity: repository, facts };
}

/** The shell's git history, read at most once however many facts ask for it. */
function once(read: LinkContext["gitHistory"]): () => GitHistory | undefined {
  let cached: { value: GitHistory | undefined } | undefined;
  return () => {
    cached ??= { value: read?.() };
    return cached.value;
  };
}

function addPolicyFacts(repository: Entity, facts: RepositoryFacts): void {
  const containers = facts.ownedServices.filter((s) => s.type !== "serverless-stack").length;
  Object.assign(repository, {
    architectureStyle: facts.style.value,
    ownedServiceCount: facts.ownedServices.length,
    containerServiceCount: containers,
    functionCount: facts.functions.length,
    hasDeployables: facts.ownedServices.length > 0 || facts.iac.kubernetes.length > 0 || facts.iac.compose.length > 0,
    teamSizeSource: facts.team.source,
    teamSizeDetail: facts.team.detail,
    hasKubernetes: facts.iac.kubernetes.length > 0,
    hasMetrics: facts.observability.metrics.length > 0,
    hasTraces: facts.observability.traces.length > 0,
    hasLogs: facts.observability.logs.length > 0,
    hasIac: facts.iac.tools.length > 0,
    iacTools: facts.iac.tools.map((t) => t.tool).join(", ") || "none",
    clusterInCode: facts.iac.clusterInCode.length > 0,
    clusterGap: clusterGap(facts.iac.clusterByScript),
    deploys: facts.delivery.deploys,
    ciSystems: facts.delivery.systems.map((s) => s.system).join(", ") || "none",
    deliveryGap: deliveryGap(facts.delivery.systems.map((s) => s.system)),
    hasMesh: facts.mesh.length > 0,
  });
  if (facts.team.size !== undefined) {
    repository.teamSize = facts.team.size;
    repository.servicesPerEngineer = facts.ownedServices.length / facts.team.size;
  }
}

/**
 * Why the cluster is not in code, for the policy's message. A script that creates it is automation, not code that
 * declares it: it runs once, and shows neither the cluster's current settings nor how it drifted from them.
 */
/** What the repository has short of a deploying pipeline, as the continuous-delivery policy says it. */
function deliveryGap(systems: string[]): string {
  return systems.length
    ? `CI systems found: ${systems.join(", ")}, none with a deploy step`
    : "no CI system found (no workflow, pipeline or build spec)";
}

function clusterGap(scripts: EvidenceRef[]): string {
  const first = scripts[0];
  if (!first) return NO_CLUSTER_IN_CODE;
  const place = `${first.file}${first.line ? `:${first.line}` : ""}`;
  const more = scripts.length > 1 ? ` and ${scripts.length - 1} more` : "";
  return `the cluster is only created by a script (${place}${more}), not declared in code: a script runs once and shows neither the cluster's settings nor their drift`;
}

const NO_CLUSTER_IN_CODE =
  "no cluster is provisioned in code (no aws_eks_cluster, google_container_cluster, azurerm_kubernetes_cluster, EKS/GKE/AKS module, AWS::EKS::Cluster, eksctl ClusterConfig, Crossplane or Cluster API cluster)";

/** A Compose file under its default name is the one `docker compose up` reads: the main one among variants. */
const DEFAULT_COMPOSE = /(^|\/)(docker-)?compose\.ya?ml$/;

/** How many folders deep a file is: the shallower of two manifests is the main one. */
const depth = (file: string) => file.split("/").length;

/**
 * The file a repository finding points at: the main deployment manifest. A Compose file (its default name first)
 * before a stack of functions before Kubernetes manifests before other infrastructure code, the shallowest of
 * each; the config when there is none.
 */
function mainManifest(model: Model, context: LinkContext): SourceRef {
  const candidates: Omit<Candidate, "depth">[] = [];
  const compose = (file: string) => (DEFAULT_COMPOSE.test(file) ? 0 : 1);
  for (const item of model.evidence) {
    if (item.category === "compose") candidates.push({ file: item.file, line: item.line, rank: compose(item.file) });
    if (item.category === "kubernetes") candidates.push({ file: item.file, line: item.line, rank: 3 });
    if (item.category === "iac") candidates.push({ file: item.file, line: item.line, rank: 4 });
  }
  for (const entity of model.entities) {
    if (entity.kind === "function") candidates.push({ file: entity.source.file, rank: 2 });
    if (entity.kind === "workload")
      candidates.push({
        file: entity.source.file,
        rank: entity.platform === "compose" ? compose(entity.source.file) : 3,
      });
  }
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    // A lower rank wins whatever its depth: only a candidate that may win is measured.
    if (best !== undefined && candidate.rank > best.rank) continue;
    const ranked = { ...candidate, depth: depth(candidate.file) };
    if (best === undefined || before(ranked, best)) best = ranked;
  }
  if (best) return refOf(best);
  return { file: context.anchorFile ?? ".archlint.yml", doc: 0, path: [] };
}

interface Candidate {
  file: string;
  line?: number;
  rank: number;
  depth: number;
}

/** The lower rank first, then the shallower file, then the first by name. */
const before = (a: Candidate, b: Candidate) =>
  (a.rank - b.rank || a.depth - b.depth || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) < 0;

function addReservedConcurrency(repository: Entity, model: Model): void {
  const reserving = model.entities.filter(
    (e): e is FunctionEntity =>
      e.kind === "function" && e.platform === "aws-lambda" && typeof e.reservedConcurrency === "number",
  );
  if (reserving.length === 0) return;
  repository.totalReservedConcurrency = reserving.reduce((sum, fn) => sum + (fn.reservedConcurrency ?? 0), 0);
  const largest = reserving.reduce((a, b) => ((b.reservedConcurrency ?? 0) > (a.reservedConcurrency ?? 0) ? b : a));
  repository.origins.totalReservedConcurrency = largest.origins.reservedConcurrency ?? { ref: largest.ref };
}

function addStatements(repository: Entity, statements: IamStatement[], context: LinkContext): void {
  const catalog = statements.length > 0 ? context.awsActions?.() : undefined;
  repository.iamStatements = statements.map((statement, index) => {
    repository.origins[`iamStatements.${index}`] = { ref: statement.ref };
    return {
      owner: statement.owner,
      effect: statement.effect,
      actions: statement.actions,
      resources: statement.resources,
      ...statementScope(statement.actions, statement.resources, catalog),
      actionsText: statement.actions.join(", "),
      resourcesText: statement.resources.join(", "),
    };
  });
}
