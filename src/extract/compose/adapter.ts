import { posix } from "node:path";
import { serviceKey } from "../../knowledge/images.js";
import type { ContainerInfo, SourceRef, WorkloadEntity } from "../../model/types.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory, ModelSink } from "../adapter.js";
import { connectionHosts } from "../containers/connections.js";
import { databaseFromEnv, type EnvVar } from "../containers/database.js";
import { ownershipOf } from "../containers/ownership.js";
import { createEntity, markUnresolved, recordOrigin, refAt, setField } from "../entity.js";
import { asNumber, asString, type Dict, isDict } from "../values.js";
import { isPublic, type PublishedPort, readPort } from "./ports.js";

export const COMPOSE_FORMAT = "compose";

/** Every name Docker Compose reads by default or by convention: `compose*.y?ml`, `docker-compose*.y?ml`. */
const COMPOSE_NAME = /(^|\/)(docker-)?compose([-._][^/]*)?\.ya?ml$/i;
/** Off-the-shelf components that keep state: not stateless, whatever their replicas. */
const STATEFUL_COMPONENTS = new Set(["database", "cache", "broker", "storage", "search"]);
/** How deep `extends` chains are followed (a loop stops here). */
const MAX_EXTENDS = 5;

interface ComposeDocument {
  file: ParsedFile;
  services: Dict;
  include: string[];
}

/**
 * Compose files, with their layers: a file another one names under `include:` is read whatever its name (and
 * joins the including file's project), and a service's `extends:` (in the same file or another) is merged
 * under its own settings. YAML files with `services:` wait for `finish`, when every `include` is known.
 */
export const composeFiles: AdapterFactory = {
  name: COMPOSE_FORMAT,
  create() {
    const documents = new Map<string, ComposeDocument>();
    return {
      extract(file) {
        const doc = file.documents[0];
        if (file.format === "yaml" && isDict(doc) && isDict(doc.services))
          documents.set(file.path, { file, services: doc.services, include: includedPaths(file.path, doc.include) });
      },
      finish(sink) {
        const projects = new Map<string, string>();
        const join = (path: string, project: string) => {
          if (projects.has(path) || !documents.has(path)) return;
          projects.set(path, project);
          for (const included of documents.get(path)?.include ?? []) join(included, project);
        };
        for (const path of documents.keys()) if (COMPOSE_NAME.test(path)) join(path, posix.dirname(path));
        for (const [path, project] of projects) {
          const document = documents.get(path) as ComposeDocument;
          for (const [name, declared] of Object.entries(document.services)) {
            const service = isDict(declared) ? withExtends(documents, path, declared, MAX_EXTENDS) : undefined;
            if (service && isDeployable(service))
              extractService(document.file, name, service, variantSink(sink, `compose:${project}`));
          }
        }
      },
    };
  },
};

/** The files an `include:` names (a path, a list of paths, or `{ path }` entries), inside the scanned root. */
function includedPaths(file: string, include: unknown): string[] {
  const entries = Array.isArray(include) ? include : [];
  return entries
    .flatMap((entry) => (isDict(entry) ? (Array.isArray(entry.path) ? entry.path : [entry.path]) : [entry]))
    .flatMap((value) => {
      const path = asString(value);
      if (!path || path.startsWith("/") || path.includes("://")) return [];
      const resolved = posix.normalize(posix.join(posix.dirname(file), path));
      return resolved.startsWith("../") ? [] : [resolved];
    });
}

/** A service's settings over those of the service it `extends` (same file, or `extends.file`), shallowly. */
function withExtends(documents: Map<string, ComposeDocument>, path: string, service: Dict, depth: number): Dict {
  const extended = service.extends;
  if (extended === undefined || depth === 0) return service;
  const target = isDict(extended) ? extended : { service: extended };
  const name = asString(target.service);
  const file = asString(target.file);
  const basePath = file ? posix.normalize(posix.join(posix.dirname(path), file)) : path;
  const base = name ? documents.get(basePath)?.services[name] : undefined;
  if (!isDict(base)) return service;
  const { extends: _, ...own } = service;
  return { ...withExtends(documents, basePath, base, depth - 1), ...own };
}

/** Writes the entities of a compose project's files with the project as their deployment variant. */
function variantSink(sink: ModelSink, variant: string): ModelSink {
  return {
    entity: (entity) => sink.entity(Object.assign(entity, { variants: [variant] })),
    evidence: (evidence) => sink.evidence(evidence),
    statement: (statement) => sink.statement(statement),
  };
}

/**
 * A service with neither `image`, `build` nor `extends` is a fragment merged into the same service of another
 * compose file (`docker-compose.logging.yml` adding `logging:`): not a workload of its own.
 */
const isDeployable = (service: Dict) => "image" in service || "build" in service || "extends" in service;

function extractService(file: ParsedFile, name: string, service: Dict, sink: ModelSink): void {
  const ref: SourceRef = { file: file.path, doc: 0, path: ["services", name] };
  const image = asString(service.image);
  const build = buildContext(service.build);
  const healthcheck = isDict(service.healthcheck) && service.healthcheck.disable !== true;
  const container: ContainerInfo = { name, readinessProbe: healthcheck, requests: {}, longRunning: false };
  if (image) container.image = image;
  const workload = createEntity<WorkloadEntity>(
    { kind: "workload", name, platform: "compose", format: COMPOSE_FORMAT, ref },
    { workloadType: "compose-service", containers: [container], podLabels: {}, images: image ? [image] : [] },
  );
  recordOrigin(workload, "containers.0", { ref });
  Object.assign(workload, ownershipOf(workload.images, build));
  workload.serviceKey = serviceKey(name);
  workload.stateless = !STATEFUL_COMPONENTS.has(workload.component ?? "");
  if (build !== undefined) setField(workload, "build", build, refAt(ref, "build"));
  readReplicas(workload, service, ref);
  readReservations(workload, container, service, ref);

  const ports = Array.isArray(service.ports) ? service.ports : [];
  const published = ports.flatMap((entry) => readPort(entry) ?? []);
  if (published.length > 0) {
    setField(workload, "publishedPorts", published, refAt(ref, "ports"));
    if (published.some(isPublic)) sink.entity(publishedService(workload, published, refAt(ref, "ports")));
  }
  const env = environment(service.environment, refAt(ref, "environment"));
  const database = databaseFromEnv(env);
  if (database) setField(workload, "database", database.database, database.ref);
  const connections = new Set([...connectionHosts(env), ...dependencies(service.depends_on)]);
  if (connections.size) workload.connections = [...connections];
  sink.entity(workload);
}

/** The services a compose service starts after (`depends_on` as a list or a map): the ones it uses. */
function dependencies(dependsOn: unknown): string[] {
  const names = Array.isArray(dependsOn) ? dependsOn : isDict(dependsOn) ? Object.keys(dependsOn) : [];
  return names.flatMap((name) => (typeof name === "string" ? [name.toLowerCase()] : []));
}

function buildContext(build: unknown): string | undefined {
  if (typeof build === "string") return build;
  if (isDict(build)) return asString(build.context) ?? ".";
  return undefined;
}

function readReplicas(workload: WorkloadEntity, service: Dict, ref: SourceRef) {
  const deploy = isDict(service.deploy) ? service.deploy : {};
  const [raw, at] =
    "replicas" in deploy ? [deploy.replicas, refAt(ref, "deploy", "replicas")] : [service.scale, refAt(ref, "scale")];
  if (raw === undefined) return;
  const replicas = asNumber(raw);
  if (replicas === undefined) markUnresolved(workload, "replicas", at);
  else setField(workload, "replicas", replicas, at);
}

/** `deploy.resources.reservations` are compose's requests (`cpus` is compose's name for cpu). */
function readReservations(workload: WorkloadEntity, container: ContainerInfo, service: Dict, ref: SourceRef) {
  const deploy = isDict(service.deploy) ? service.deploy : {};
  const resources = isDict(deploy.resources) ? deploy.resources : {};
  const reservations = isDict(resources.reservations) ? resources.reservations : {};
  const at = refAt(ref, "deploy", "resources", "reservations");
  const cpu = asString(reservations.cpus);
  const memory = asString(reservations.memory);
  if (cpu !== undefined) container.requests.cpu = cpu;
  if (memory !== undefined) container.requests.memory = memory;
  if (cpu !== undefined || memory !== undefined) recordOrigin(workload, "containers.0.requests", { ref: at });
}

/** `environment` as a map (`KEY: value`) or a list (`KEY=value`); a bare `KEY` takes the host's value: unread. */
function environment(value: unknown, ref: SourceRef): EnvVar[] {
  if (isDict(value)) {
    return Object.entries(value).map(([name, entry]) => {
      const text = asString(entry);
      return { name, ...(text !== undefined ? { value: text } : {}), ref: refAt(ref, name) };
    });
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, index) => {
    const text = asString(entry);
    if (!text) return [];
    const equals = text.indexOf("=");
    // `- NAME` alone passes the variable through from the shell or the env file: named, with no value here.
    if (equals < 0) return [{ name: text, ref: refAt(ref, index) }];
    if (equals === 0) return [];
    return [{ name: text.slice(0, equals), value: text.slice(equals + 1), ref: refAt(ref, index) }];
  });
}

/** A compose service publishing ports on all interfaces, as a `service` entity the exposure check counts. */
function publishedService(workload: WorkloadEntity, ports: PublishedPort[], ref: SourceRef) {
  const service = createEntity(
    { kind: "service", name: workload.name, platform: "compose", format: COMPOSE_FORMAT, ref: workload.ref },
    { selector: {}, ports: ports.filter(isPublic), workloadId: workload.id },
  );
  setField(service, "type", "published", ref);
  return service;
}
