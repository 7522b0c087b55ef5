import type { DocPath, FunctionEntity, SourceRef } from "../../model/types.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory, ModelSink } from "../adapter.js";
import { Intrinsics } from "../cloudformation/intrinsics.js";
import type { StackFunction } from "../cloudformation/template.js";
import { createEntity, markUnresolved, recordOrigin, setField } from "../entity.js";
import { documentStatements } from "../iam.js";
import { asNumber, asString, type Dict, isDict, namedEntries, UNRESOLVED, valueAt } from "../values.js";
import { toTrigger } from "./events.js";
import { providerStatements } from "./iam.js";
import { extractResources, logicalIdStem } from "./resources.js";
import { VariableResolver } from "./variables.js";

export const SERVERLESS_FORMAT = "serverless-framework";

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
  const { platform, defaultTimeout } = PLATFORMS[providerName] ?? { platform: providerName, defaultTimeout: undefined };
  const service = asString(resolve(isDict(doc.service) ? doc.service.name : doc.service)) ?? "service";
  const stage = asString(resolve(provider.stage)) ?? "dev";

  const functions: StackFunction[] = [];
  for (const [name, definition, keyPath] of namedEntries(doc.functions)) {
    if (!isDict(definition)) continue;
    const declaration = at("functions", ...keyPath);
    const fn = createEntity<FunctionEntity>(
      { kind: "function", name, platform, format: SERVERLESS_FORMAT, ref: declaration },
      { triggers: [] },
    );
    const fieldAt = (...path: DocPath) => at("functions", ...keyPath, ...path);

    /** A function's own value, else the provider's, each resolved; the origin says which one applied. */
    const read = (field: string, own: string, fromProvider: DocPath, convert: (v: unknown) => unknown) => {
      if (own in definition) return assign(field, definition[own], fieldAt(own), convert);
      const inherited = valueAt(provider, fromProvider);
      if (inherited !== undefined) {
        assign(
          field,
          inherited,
          at("provider", ...fromProvider),
          convert,
          `inherited from provider.${fromProvider.join(".")}`,
        );
      }
    };
    const assign = (field: string, raw: unknown, ref: SourceRef, convert: (v: unknown) => unknown, note?: string) => {
      const value = resolve(raw);
      const converted = value === UNRESOLVED ? undefined : convert(value);
      if (converted === undefined) markUnresolved(fn, field, ref);
      else setField(fn, field, converted, ref, note);
    };

    read("timeout", "timeout", ["timeout"], asNumber);
    if (defaultTimeout !== undefined && fn.timeout === undefined && !fn.unresolved?.includes("timeout")) {
      setField(
        fn,
        "timeout",
        defaultTimeout,
        declaration,
        `timeout not set: the Serverless Framework default of ${defaultTimeout} s applies`,
      );
    }
    read("memory", "memorySize", ["memorySize"], asNumber);
    read("runtime", "runtime", ["runtime"], asString);
    read("reservedConcurrency", "reservedConcurrency", ["reservedConcurrency"], asNumber);
    read("provisionedConcurrency", "provisionedConcurrency", ["provisionedConcurrency"], asNumber);
    read("tracing", "tracing", ["tracing", "lambda"], tracingEnabled);
    read("snapStart", "snapStart", ["snapStart"], (v) => v === true || v === "PublishedVersions");
    read("logRetentionDays", "logRetentionInDays", ["logRetentionInDays"], asNumber);
    if (definition.onError !== undefined)
      assign("failureDestination", definition.onError, fieldAt("onError"), () => true);
    else if (valueAt(definition, ["destinations", "onFailure"]) !== undefined) {
      const onFailure = valueAt(definition, ["destinations", "onFailure"]);
      assign("failureDestination", onFailure, fieldAt("destinations", "onFailure"), () => true);
    }

    const events = Array.isArray(definition.events) ? definition.events : [];
    events.forEach((event, index) => {
      const [type, settings] = isDict(event) ? (Object.entries(event)[0] ?? []) : [];
      if (typeof type !== "string") return;
      recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: fieldAt("events", index) });
      fn.triggers.push(toTrigger(type, settings, variables, { platform, file: file.path, intrinsics }));
      const onFailure = valueAt(resolve(settings), ["destinations", "onFailure"]);
      if (onFailure !== undefined && fn.failureDestination !== true) {
        setField(fn, "failureDestination", true, fieldAt("events", index, type, "destinations", "onFailure"));
      }
    });
    if (Array.isArray(definition.iamRoleStatements)) {
      const describe = (value: unknown) => intrinsics.describe(value);
      documentStatements(definition.iamRoleStatements, name, fieldAt("iamRoleStatements"), describe, sink);
    }

    const stem = logicalIdStem(name);
    const deployedName = asString(resolve(definition.name)) ?? `${service}-${stage}-${name}`;
    functions.push({
      id: `${stem}LambdaFunction`,
      entity: fn,
      nameKeys: [`\${${stem}LambdaFunction}`, deployedName],
      logGroupId: `${stem}LogGroup`,
    });
  }
  if (platform === "aws-lambda") providerStatements(doc, service, at, intrinsics, sink);
  if (doc.resources !== undefined)
    extractResources(doc.resources, file.path, functions, resolve, sink, SERVERLESS_FORMAT);
  for (const fn of functions) sink.entity(fn.entity);
}

/** `tracing: true`, `Active` or `{ lambda: true }` mean active tracing; `PassThrough` does not. */
function tracingEnabled(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value.toLowerCase() === "active" || value === "true";
  if (isDict(value) && "lambda" in value) return tracingEnabled(value.lambda);
  return undefined;
}
