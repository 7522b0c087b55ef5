import { posix } from "node:path";
import { ECS_PLATFORM } from "../../extract/containers/ecs-service.js";
import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import {
  componentCategoryOfName,
  hasPlaceholder,
  imageBasename,
  imageRepository,
  offTheShelfCategory,
  proxyWordOf,
  serviceKey,
} from "../../knowledge/images.js";
import type { Entity, Evidence, WorkloadEntity } from "../../model/types.js";

/** What the repository builds (see extract/evidence/builds.ts), indexed for matching a workload's image. */
export interface Builds {
  /** Dockerfiles by the service key of their folder's name (`src/cartservice/Dockerfile` → `cartservice`). */
  dockerfiles: Map<string, Evidence>;
  /** The final base image of each Dockerfile folder. */
  bases: Map<string, Evidence>;
  /** Skaffold artifacts by image repository. */
  artifacts: Map<string, Evidence>;
}

export function buildsOf(evidence: readonly Evidence[]): Builds {
  const builds: Builds = { dockerfiles: new Map(), bases: new Map(), artifacts: new Map() };
  for (const item of evidence) {
    if (item.category === EVIDENCE.buildContext) {
      const key = serviceKey(posix.basename(item.value === "." ? "" : item.value));
      if (key && !builds.dockerfiles.has(key)) builds.dockerfiles.set(key, item);
    } else if (item.category === EVIDENCE.buildBase) builds.bases.set(posix.dirname(item.file), item);
    else if (item.category === EVIDENCE.buildImage) builds.artifacts.set(imageRepository(item.value), item);
  }
  return builds;
}

/** Off-the-shelf categories that stay third-party even when the repository builds or wraps the image. */
const BACKING_CATEGORIES = new Set(["database", "cache", "broker", "search", "storage", "observability"]);
/** Name words that say what a component is, beyond the catalogue's image names. */
const ROLE_WORDS: Record<string, string> = {
  db: "database",
  database: "database",
  otel: "observability",
  opentelemetry: "observability",
  collector: "observability",
  log: "observability",
  logs: "observability",
  logging: "observability",
  monitoring: "observability",
  tracing: "observability",
  // An OpAMP server manages the fleet's telemetry agents: observability infrastructure, not an application.
  opamp: "observability",
};
const LOAD_WORDS = new Set([
  "load",
  "loadgen",
  "loadgenerator",
  "loadtest",
  "locust",
  "k6",
  "jmeter",
  "gatling",
  "sim",
]);
const TEST_WORDS = new Set(["test", "tests", "tester", "e2e", "smoke"]);
/** A site that serves the project's documentation is deployed beside the system, not one of its services. */
const DOCS_WORDS = new Set(["docs", "documentation"]);
const ONE_SHOT_WORDS = new Set([
  "seed",
  "seeder",
  "populate",
  "migrate",
  "migration",
  "migrations",
  "migrator",
  "init",
]);

const words = (value: string) =>
  value
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

export type Role =
  /** `assumed`: nothing shows the repository builds it; its image is merely not a known off-the-shelf one. */
  | { role: "service"; evidence: string[]; assumed?: boolean }
  | { role: "third-party"; category: string; reason: string }
  | { role: "not-a-service"; reason: string };

/**
 * What a workload is to the system: one of the team's services (with the evidence that the repository builds
 * it), an off-the-shelf backing component (a database, broker, cache or observability backend, even when built
 * locally on its image), or not a service at all (a load generator, a test runner, a one-shot Job, a bare
 * unresolved image placeholder).
 */
export function roleOf(workload: WorkloadEntity, builds: Builds): Role {
  // The first container is the workload's own; a sidecar's image (a log shipper, a mesh proxy) says nothing of it.
  const main = workload.images[0];
  const names = [workload.name, ...(main && !hasPlaceholder(main) ? [imageBasename(main)] : [])];
  const nameWords = new Set(names.flatMap(words));
  const joined = names.map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, ""));
  if ([...nameWords].some((w) => LOAD_WORDS.has(w)) || joined.some((n) => n.includes("loadgen")))
    return { role: "not-a-service", reason: "a load generator" };
  if ([...nameWords].some((w) => TEST_WORDS.has(w))) return { role: "not-a-service", reason: "a test runner" };
  if ([...nameWords].some((w) => DOCS_WORDS.has(w))) return { role: "not-a-service", reason: "a documentation site" };
  if (workload.workloadType === "Job" || [...nameWords].some((w) => ONE_SHOT_WORDS.has(w)))
    return { role: "not-a-service", reason: "a one-shot job (seed, migration, init)" };
  if (workload.owned === false)
    return { role: "third-party", category: offTheShelf(workload), reason: workload.ownedReason };
  const proxy = proxyNamed([...names, buildFolder(workload)]);
  if (proxy)
    return { role: "third-party", category: "proxy", reason: `an edge proxy the team configures (named ${proxy})` };
  const backing = backingCategory(workload, nameWords, builds);
  if (backing) return { role: "third-party", ...backing };
  const evidence = buildEvidence(workload, builds);
  if (evidence.length) return { role: "service", evidence };
  // An owned ECS service runs an image from its stack's ECR repository, or one its stack is given at deploy time.
  if (typeof workload.ecrRepository === "string" || workload.platform === ECS_PLATFORM)
    return { role: "service", evidence: [workload.ownedReason] };
  const image = workload.images[0];
  if (image && hasPlaceholder(image))
    return {
      role: "not-a-service",
      reason: `its image ${image} is an unresolved placeholder and nothing here builds it`,
    };
  return {
    role: "service",
    evidence: [image ? `image ${image} is not a recognised off-the-shelf image` : "no image named (not off-the-shelf)"],
    assumed: true,
  };
}

/**
 * A proxy server the team builds from its own configuration (`build: ./nginx`, a service called
 * `frontend-proxy`) routes to the services; it is the system's edge, not one of its services. Only names say so:
 * a web server base image alone (nginx, httpd) also serves single-page front ends, which are services.
 */
const proxyNamed = (names: string[]) => names.map(proxyWordOf).find(Boolean);

/** A compose build context's own subfolder (`build: ./nginx` → `nginx`; nothing for `.` or `../x`). */
function buildFolder(workload: WorkloadEntity): string {
  if (typeof workload.build !== "string") return "";
  const relative = posix.normalize(workload.build);
  return relative === "." || relative.startsWith("..") ? "" : posix.basename(relative);
}

const offTheShelf = (workload: WorkloadEntity): string =>
  workload.component ?? workload.images.map((image) => offTheShelfCategory(image)).find(Boolean) ?? "other";

function backingCategory(workload: WorkloadEntity, nameWords: Set<string>, builds: Builds) {
  for (const word of [...nameWords, workload.name]) {
    const category = componentCategoryOfName(word) ?? ROLE_WORDS[word];
    if (category && BACKING_CATEGORIES.has(category)) return { category, reason: `${workload.name} is a ${category}` };
  }
  for (const image of workload.images.slice(0, 1).filter(hasPlaceholder)) {
    const category = words(image)
      .map((w) => componentCategoryOfName(w))
      .find((c) => c && BACKING_CATEGORIES.has(c));
    if (category) return { category, reason: `its image placeholder ${image} names a ${category}` };
  }
  const base = baseImage(workload, builds);
  if (base) {
    const category = words(imageBasename(base.value))
      .map((w) => componentCategoryOfName(w))
      .find(Boolean);
    if (category && BACKING_CATEGORIES.has(category))
      return { category, reason: `built locally on ${base.value} (${base.file}:${base.line ?? 1})` };
  }
  return undefined;
}

function baseImage(workload: WorkloadEntity, builds: Builds): Evidence | undefined {
  const context = typeof workload.build === "string" ? contextFolder(workload) : undefined;
  if (context !== undefined) return builds.bases.get(context);
  const dockerfile = matchingDockerfile(workload, builds);
  return dockerfile ? builds.bases.get(posix.dirname(dockerfile.file)) : undefined;
}

/** A compose build context, relative to the compose file's folder, as a folder of the repository. */
function contextFolder(workload: WorkloadEntity): string {
  return posix.normalize(posix.join(posix.dirname(workload.source.file), String(workload.build)));
}

function matchingDockerfile(workload: WorkloadEntity, builds: Builds): Evidence | undefined {
  const keys = [workload.serviceKey, ...workload.images.map((i) => serviceKey(imageBasename(i)))];
  for (const key of keys) {
    const found = builds.dockerfiles.get(key);
    if (found) return found;
  }
  return undefined;
}

const at = (item: Evidence) => `${item.file}${item.line ? `:${item.line}` : ""}`;

function buildEvidence(workload: WorkloadEntity, builds: Builds): string[] {
  const evidence: string[] = [];
  if (workload.build !== undefined) evidence.push(`built here: compose build context ${String(workload.build)}`);
  for (const image of workload.images) {
    const artifact = builds.artifacts.get(imageRepository(image));
    if (artifact) evidence.push(`built here: Skaffold artifact ${artifact.value} (${at(artifact)})`);
  }
  const dockerfile = matchingDockerfile(workload, builds);
  if (dockerfile) evidence.push(`built here: ${at(dockerfile)}`);
  return evidence;
}

/** The registry and organisation of an image (`gcr.io/org/app:1` → `gcr.io/org/`), when it has one. */
export function registryPrefix(image: string): string | undefined {
  if (hasPlaceholder(image)) return undefined;
  const bare = image.trim().toLowerCase().split("@")[0] ?? "";
  const slash = bare.lastIndexOf("/");
  return slash > 0 ? bare.slice(0, slash + 1) : undefined;
}

/** Whether an entity runs the Azure Functions host (a containerised Function App). */
export const runsFunctionsHost = (entity: Entity) => entity.functionsHost === true;
