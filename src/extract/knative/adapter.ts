import type { DocPath, FunctionEntity, SourceRef } from "../../model/types.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory } from "../adapter.js";
import { createEntity, markUnresolved, setField } from "../entity.js";
import { asNumber, asString, type Dict, isDict } from "../values.js";

export const KNATIVE_FORMAT = "knative";

export const KNATIVE_DEFAULT_TIMEOUT = 300;

/** Scale bounds on the revision template (current and pre-1.0 spellings), then Cloud Run's service-level ones. */
const MIN_SCALE = ["autoscaling.knative.dev/min-scale", "autoscaling.knative.dev/minScale"];
const MAX_SCALE = ["autoscaling.knative.dev/max-scale", "autoscaling.knative.dev/maxScale"];
const SERVICE_MIN_SCALE = ["run.googleapis.com/minScale"];
const SERVICE_MAX_SCALE = ["run.googleapis.com/maxScale"];

export function isKnativeService(doc: unknown): doc is Dict {
  return (
    isDict(doc) &&
    doc.kind === "Service" &&
    typeof doc.apiVersion === "string" &&
    doc.apiVersion.startsWith("serving.knative.dev/")
  );
}

/**
 * Knative Services and Cloud Run services (`serving.knative.dev/v1` Service, in any YAML file, any document of
 * it) are functions on platform `knative`: request timeout, per-instance concurrency and scale bounds.
 */
export const knative: AdapterFactory = {
  name: KNATIVE_FORMAT,
  create: () => ({
    extract(file, sink) {
      if (file.format !== "yaml") return;
      file.documents.forEach((doc, index) => {
        if (isKnativeService(doc)) sink.entity(knativeFunction(file, index, doc));
      });
    },
  }),
};

function knativeFunction(file: ParsedFile, doc: number, service: Dict): FunctionEntity {
  const at = (...path: DocPath): SourceRef => ({ file: file.path, doc, path });
  const metadata = isDict(service.metadata) ? service.metadata : {};
  const spec = isDict(service.spec) ? service.spec : {};
  const template = isDict(spec.template) ? spec.template : {};
  const revision = isDict(template.spec) ? template.spec : {};
  const templateMetadata = isDict(template.metadata) ? template.metadata : {};
  const name = asString(metadata.name) ?? `${file.path}#${doc}`;
  const namespace = asString(metadata.namespace);
  const fn = createEntity<FunctionEntity>(
    { kind: "function", name, platform: "knative", format: KNATIVE_FORMAT, ref: at(), qualifier: namespace },
    { triggers: [{ kind: "http-other", type: "knative-service", synchronous: true }] },
  );
  fn.origins["triggers.0"] = { ref: at() };

  const number = (field: string, value: unknown, ref: SourceRef) => {
    const parsed = asNumber(value);
    if (parsed === undefined) markUnresolved(fn, field, ref);
    else setField(fn, field, parsed, ref);
  };
  const revisionPath = ["spec", "template", "spec"];
  if ("timeoutSeconds" in revision) number("timeout", revision.timeoutSeconds, at(...revisionPath, "timeoutSeconds"));
  else {
    const note = `timeoutSeconds not set: the Knative default of ${KNATIVE_DEFAULT_TIMEOUT} s applies`;
    setField(fn, "timeout", KNATIVE_DEFAULT_TIMEOUT, at(), note);
  }
  if ("containerConcurrency" in revision) {
    number("containerConcurrency", revision.containerConcurrency, at(...revisionPath, "containerConcurrency"));
  }
  const annotation = (field: string, onTemplate: string[], onService: string[]) => {
    const templateAnnotations = isDict(templateMetadata.annotations) ? templateMetadata.annotations : {};
    const serviceAnnotations = isDict(metadata.annotations) ? metadata.annotations : {};
    const own = onTemplate.find((key) => key in templateAnnotations);
    if (own) return number(field, templateAnnotations[own], at("spec", "template", "metadata", "annotations", own));
    const inherited = onService.find((key) => key in serviceAnnotations);
    if (inherited) number(field, serviceAnnotations[inherited], at("metadata", "annotations", inherited));
  };
  annotation("minScale", MIN_SCALE, SERVICE_MIN_SCALE);
  annotation("maxScale", MAX_SCALE, SERVICE_MAX_SCALE);
  return fn;
}
