import { posix } from "node:path";
import type { Entity, Evidence, SourceRef } from "../../model/types.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory } from "../adapter.js";
import {
  isKustomization,
  KUSTOMIZE_COMPONENT,
  KUSTOMIZE_RESOURCE,
  readKustomization,
} from "../kustomize/kustomization.js";
import { isDict } from "../values.js";
import { isAutoscaler, toAutoscaler } from "./autoscaler.js";
import { evidenceOf } from "./evidence.js";
import { isGateway, isNetworkPolicy, toGateway, toNetworkPolicy, toService } from "./network.js";
import { KUBERNETES_FORMAT, type Resource, resourcesOf } from "./resource.js";
import { isWorkloadKind, podContainers, toWorkload } from "./workload.js";

/** Knative Services are serverless functions, modelled by the Knative adapter. */
const SKIPPED_GROUPS = /^serving\.knative\.dev\//;

/** What one file declares, held until `finish` knows whether a kustomization names the file as a patch. */
interface FileModel {
  path: string;
  entities: Entity[];
  evidence: Evidence[];
  /** Workloads none of whose containers names an image: patch fragments when kustomize governs the folder. */
  fragments: Entity[];
}

/**
 * Kubernetes objects in YAML or JSON files (many documents per file, `List` kinds unwrapped). Each object is
 * read once, from the file and document that declares it, however many kustomizations include that file; files
 * a kustomization names as patches hold partial objects and are left out. So entities wait for `finish`; they
 * are read from the documents at once, so the documents themselves are not kept (less to copy and collect).
 */
export const kubernetes: AdapterFactory = {
  name: KUBERNETES_FORMAT,
  create() {
    const files: FileModel[] = [];
    const patches = new Set<string>();
    const named = new Set<string>();
    const kustomized = new Set<string>();
    return {
      extract(file, sink) {
        if (file.format !== "yaml" && file.format !== "json") return;
        if (isKustomization(file.path)) {
          const kustomization = readKustomization(file);
          kustomized.add(posix.dirname(file.path));
          for (const patch of kustomization.patches) patches.add(patch);
          for (const path of [...kustomization.patches, ...kustomization.resources]) named.add(path);
          sink.evidence({ category: "kustomize", value: file.path, file: file.path, line: 1 });
          for (const resource of kustomization.resources)
            sink.evidence({ category: KUSTOMIZE_RESOURCE, value: resource, file: file.path, line: 1 });
          if (kustomization.component)
            sink.evidence({ category: KUSTOMIZE_COMPONENT, value: file.path, file: file.path, line: 1 });
          return;
        }
        const resources = file.documents.flatMap((document, doc) =>
          resourcesOf(document, { file: file.path, doc, path: [] }).filter((r) => !SKIPPED_GROUPS.test(r.apiVersion)),
        );
        if (resources.length > 0) files.push(modelOf(file, resources));
      },
      finish(sink) {
        for (const { path, entities, evidence, fragments } of files) {
          if (patches.has(path)) continue;
          const unusedFragment = !named.has(path) && underKustomization(path, kustomized);
          for (const entity of entities) sink.entity(entity);
          if (!unusedFragment) for (const entity of fragments) sink.entity(entity);
          for (const item of evidence) sink.evidence(item);
        }
      },
    };
  },
};

function modelOf(file: ParsedFile, resources: Resource[]): FileModel {
  const at = (category: string, value: string, ref: SourceRef): Evidence => ({
    category,
    value,
    file: ref.file,
    line: file.locator.locate(ref.doc, ref.path).line,
  });
  const whole = resources.filter((resource) => !isFragment(resource));
  return {
    path: file.path,
    entities: whole.flatMap((resource) => toEntity(resource) ?? []),
    fragments: resources.filter(isFragment).flatMap((resource) => toEntity(resource) ?? []),
    evidence: resources.flatMap((resource) => evidenceOf(resource, at)),
  };
}

/** A folder a kustomization governs: its own or an enclosing folder's. */
function underKustomization(path: string, kustomized: Set<string>): boolean {
  for (let folder = posix.dirname(path); ; folder = posix.dirname(folder)) {
    if (kustomized.has(folder)) return true;
    if (folder === "." || folder === "/" || folder === "") return false;
  }
}

function toEntity(resource: Resource): Entity | undefined {
  if (isWorkloadKind(resource.kind) && /^(apps|batch|extensions|v1$)/.test(resource.apiVersion))
    return toWorkload(resource);
  if (isAutoscaler(resource)) return toAutoscaler(resource);
  if (resource.kind === "Service" && resource.apiVersion === "v1") return toService(resource);
  if (isGateway(resource)) return toGateway(resource);
  if (isNetworkPolicy(resource)) return toNetworkPolicy(resource);
  return undefined;
}

/**
 * A workload none of whose containers names an image is incomplete: the API server refuses such a pod. Where
 * kustomize builds the folder and no kustomization names the file, it is a patch kept beside the manifests, not
 * what deploys. Elsewhere (a bare manifest, a linter's test case) it is still judged as written.
 */
function isFragment(resource: Resource): boolean {
  if (!isWorkloadKind(resource.kind)) return false;
  const containers = podContainers(resource);
  return containers.length > 0 && containers.every((container) => !isDict(container) || container.image === undefined);
}
