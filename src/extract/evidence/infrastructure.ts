import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import {
  CHART_FILE,
  CLUSTER_SCRIPT_SIGNALS,
  CLUSTER_SIGNALS,
  COMPOSE_FILE,
  IAC_SIGNALS,
  KUSTOMIZATION_FILE,
  MESH_SIGNALS,
  NOT_KUBERNETES_API,
} from "../../knowledge/infrastructure-catalog.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory, ModelSink } from "../adapter.js";
import { isServerlessManifest } from "../serverless/adapter.js";
import { isDict } from "../values.js";
import { Vocabulary } from "./literal-probe.js";
import { SignalCatalog } from "./signals.js";
import { firstMatchLine } from "./text-search.js";

/**
 * Infrastructure evidence: IaC tools, whether the cluster itself is provisioned in code (or created by a command
 * in a script or pipeline, the only thing scripts are read for), a service mesh, and which deployment formats
 * are present (Kubernetes manifests, Helm charts, Kustomize, Compose files).
 */
export const infrastructureEvidence: AdapterFactory = {
  name: "infrastructure-evidence",
  readsScripts: true,
  create: (shared) => {
    const vocabulary = shared.one(Vocabulary);
    const [scripts, iac, clusters, meshes] = [CLUSTER_SCRIPT_SIGNALS, IAC_SIGNALS, CLUSTER_SIGNALS, MESH_SIGNALS].map(
      (signals) => new SignalCatalog(signals, vocabulary),
    ) as [SignalCatalog, SignalCatalog, SignalCatalog, SignalCatalog];
    const kindLines = new Map<string, RegExp>();
    return {
      extract(file, sink) {
        scripts.emit(file, sink);
        if (file.format === "script") return;
        iac.emit(file, sink);
        clusters.emit(file, sink);
        meshes.emit(file, sink);
        if (isServerlessManifest(file))
          sink.evidence({ category: EVIDENCE.iac, value: "Serverless Framework", file: file.path, line: 1 });
        emitDeploymentFormats(file, kindLines, sink);
      },
    };
  },
};

/**
 * Where each deployment format shows: the line of its key, found by a text search over block YAML (locating
 * thousands of manifests costs more); where that finds nothing (JSON, unusual spacing), by the locator.
 */
function emitDeploymentFormats(file: ParsedFile, kindLines: Map<string, RegExp>, sink: ModelSink): void {
  const lineOf = (doc: number, key: string, pattern: RegExp) =>
    firstMatchLine(file.text, pattern) ?? file.locator.locate(doc, [key]).line;
  const first = file.documents[0];
  if (CHART_FILE.test(file.path) && isDict(first) && "name" in first) {
    const line = lineOf(0, "name", /^name\s*:/m);
    sink.evidence({ category: EVIDENCE.kubernetes, value: "Helm chart", file: file.path, line });
    return;
  }
  if (KUSTOMIZATION_FILE.test(file.path) && isDict(first)) {
    sink.evidence({ category: EVIDENCE.kubernetes, value: "Kustomize", file: file.path, line: 1 });
    return;
  }
  if (COMPOSE_FILE.test(file.path) && isDict(first) && isDict(first.services)) {
    const line = lineOf(0, "services", /^services\s*:/m);
    sink.evidence({ category: EVIDENCE.compose, value: "Compose file", file: file.path, line });
    return;
  }
  const doc = file.documents.findIndex(isKubernetesObject);
  if (doc < 0) return;
  const line = lineOf(doc, "kind", kindLine(kindLines, (file.documents[doc] as { kind: string }).kind));
  sink.evidence({ category: EVIDENCE.kubernetes, value: "Kubernetes manifests", file: file.path, line });
}

/** `kind: <kind>` at the start of a line; one pattern per kind, prepared once a scan. */
function kindLine(kindLines: Map<string, RegExp>, kind: string): RegExp {
  let pattern = kindLines.get(kind);
  if (!pattern) {
    pattern = new RegExp(`^kind\\s*:\\s*["']?${kind.replace(/[^\w]/g, "\\$&")}\\b`, "m");
    kindLines.set(kind, pattern);
  }
  return pattern;
}

function isKubernetesObject(document: unknown): boolean {
  return (
    isDict(document) &&
    typeof document.apiVersion === "string" &&
    typeof document.kind === "string" &&
    isDict(document.metadata) &&
    !NOT_KUBERNETES_API.test(document.apiVersion)
  );
}
