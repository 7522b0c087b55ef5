import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory, ModelSink } from "../adapter.js";
import { isServerlessManifest } from "../serverless/adapter.js";
import { isDict } from "../values.js";
import { EVIDENCE } from "./categories.js";
import {
  CHART_FILE,
  CLUSTER_SIGNALS,
  COMPOSE_FILE,
  IAC_SIGNALS,
  KUSTOMIZATION_FILE,
  MESH_SIGNALS,
  NOT_KUBERNETES_API,
} from "./infrastructure-catalog.js";
import { emitSignals, learnSignalWords } from "./signals.js";
import { firstMatchLine } from "./text-search.js";

/**
 * Infrastructure evidence: IaC tools, whether the cluster itself is provisioned in code, a service mesh, and
 * which deployment formats are present (Kubernetes manifests, Helm charts, Kustomize, Compose files).
 */
export const infrastructureEvidence: AdapterFactory = {
  name: "infrastructure-evidence",
  create: () => {
    for (const catalog of [IAC_SIGNALS, CLUSTER_SIGNALS, MESH_SIGNALS]) learnSignalWords(catalog);
    return {
      extract(file, sink) {
        emitSignals(file, IAC_SIGNALS, sink);
        emitSignals(file, CLUSTER_SIGNALS, sink);
        emitSignals(file, MESH_SIGNALS, sink);
        if (isServerlessManifest(file))
          sink.evidence({ category: EVIDENCE.iac, value: "Serverless Framework", file: file.path, line: 1 });
        emitDeploymentFormats(file, sink);
      },
    };
  },
};

/**
 * Where each deployment format shows. The line comes from a text search, not the locator: the locator re-reads
 * the whole file with the slow YAML parser, which only files with findings should pay for.
 */
function emitDeploymentFormats(file: ParsedFile, sink: ModelSink): void {
  const lineOf = (pattern: RegExp) => firstMatchLine(file.text, pattern) ?? 1;
  const first = file.documents[0];
  if (CHART_FILE.test(file.path) && isDict(first) && "name" in first) {
    sink.evidence({ category: EVIDENCE.kubernetes, value: "Helm chart", file: file.path, line: lineOf(/^name\s*:/m) });
    return;
  }
  if (KUSTOMIZATION_FILE.test(file.path) && isDict(first)) {
    sink.evidence({ category: EVIDENCE.kubernetes, value: "Kustomize", file: file.path, line: 1 });
    return;
  }
  if (COMPOSE_FILE.test(file.path) && isDict(first) && isDict(first.services)) {
    sink.evidence({
      category: EVIDENCE.compose,
      value: "Compose file",
      file: file.path,
      line: lineOf(/^services\s*:/m),
    });
    return;
  }
  const object = file.documents.find(isKubernetesObject) as { kind: string } | undefined;
  if (object) {
    const kind = new RegExp(`^kind\\s*:\\s*["']?${object.kind.replace(/[^\w]/g, "\\$&")}\\b`, "m");
    sink.evidence({
      category: EVIDENCE.kubernetes,
      value: "Kubernetes manifests",
      file: file.path,
      line: lineOf(kind),
    });
  }
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
