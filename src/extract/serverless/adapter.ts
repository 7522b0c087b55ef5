import type { DocPath, SourceRef } from "../../model/types.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory, ModelSink } from "../adapter.js";
import { Intrinsics } from "../cloudformation/intrinsics.js";
import { asString, type Dict, isDict, namedEntries, own } from "../values.js";
import { extractFunction, SERVERLESS_FORMAT, type Stack } from "./functions.js";
import { providerStatements } from "./iam.js";
import { joinServerlessPublishers } from "./publishers.js";
import { extractResources } from "./resources.js";
import { VariableResolver } from "./variables.js";

const MANIFEST_NAME = /(^|\/)serverless\.(ya?ml|json)$/;

/** Providers whose functions archlint models, and the timeout each applies when a function sets none. */
const PLATFORMS: Record<string, { platform: string; defaultTimeout: number }> = {
  aws: { platform: "aws-lambda", defaultTimeout: 6 },
  google: { platform: "gcp-functions", defaultTimeout: 60 },
  azure: { platform: "azure-functions", defaultTimeout: 300 },
  knative: { platform: "knative", defaultTimeout: 300 },
};

/** `serverless.yml` by name, or any YAML/JSON file shaped like one (a service, a named provider, functions). */
export function isServerlessManifest(file: ParsedFile): boolean {
  const doc = file.documents[0];
  if (!isDict(doc)) return false;
  if (MANIFEST_NAME.test(file.path)) return "functions" in doc || "provider" in doc;
  return (
    file.documents.length === 1 &&
    doc.service !== undefined &&
    isDict(doc.provider) &&
    typeof doc.provider.name === "string" &&
    (isDict(doc.functions) || Array.isArray(doc.functions))
  );
}

export const serverlessFramework: AdapterFactory = {
  name: SERVERLESS_FORMAT,
  create: () => ({
    extract(file, sink) {
      if (isServerlessManifest(file)) extractStack(file, file.documents[0] as Dict, sink);
    },
  }),
};

/**
 * One `serverless.yml` stack: provider defaults, each function with its own settings and events, the IAM
 * statements of its roles, and its `resources:` (CloudFormation) joined to the functions.
 */
function extractStack(file: ParsedFile, doc: Dict, sink: ModelSink): void {
  const variables = new VariableResolver(doc);
  const resolve = (value: unknown) => variables.resolve(value);
  const intrinsics = new Intrinsics({}, resolve);
  const at = (...path: DocPath): SourceRef => ({ file: file.path, doc: 0, path });
  const provider = isDict(doc.provider) ? doc.provider : {};
  const providerName = asString(resolve(provider.name)) ?? "aws";
  const { platform, defaultTimeout } = own(PLATFORMS, providerName) ?? {
    platform: providerName,
    defaultTimeout: undefined,
  };
  const service = asString(resolve(isDict(doc.service) ? doc.service.name : doc.service)) ?? "service";
  const stage = asString(resolve(provider.stage)) ?? "dev";
  const stack: Stack = {
    file: file.path,
    provider,
    platform,
    defaultTimeout,
    service,
    stage,
    variables,
    intrinsics,
    sink,
  };

  const functions = namedEntries(doc.functions).flatMap(([name, definition, keyPath]) =>
    isDict(definition) ? [extractFunction(stack, name, definition, keyPath)] : [],
  );
  if (platform === "aws-lambda") providerStatements(doc, service, at, intrinsics, sink);
  if (doc.resources !== undefined) {
    extractResources(doc.resources, file.path, functions, resolve, sink, SERVERLESS_FORMAT);
  }
  if (platform === "aws-lambda") joinServerlessPublishers(doc, stack, functions);
  for (const fn of functions) {
    if (service !== "service") fn.entity.stack = service;
    sink.entity(fn.entity);
  }
}
