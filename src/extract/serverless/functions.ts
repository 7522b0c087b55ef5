import type { DocPath, FunctionEntity, SourceRef } from "../../model/types.js";
import type { ModelSink } from "../adapter.js";
import type { Intrinsics } from "../cloudformation/intrinsics.js";
import type { StackFunction } from "../cloudformation/template.js";
import { createEntity, markUnresolved, recordOrigin, setField } from "../entity.js";
import { documentStatements } from "../iam.js";
import { asNumber, asString, type Dict, isDict, UNRESOLVED, valueAt } from "../values.js";
import { toTrigger } from "./events.js";
import { logicalIdStem } from "./resources.js";
import type { VariableResolver } from "./variables.js";

export const SERVERLESS_FORMAT = "serverless-framework";

/** What every function of a stack shares. */
export interface Stack {
  file: string;
  provider: Dict;
  platform: string;
  /** Seconds the provider applies when a function sets no timeout; undefined when archlint does not know it. */
  defaultTimeout?: number;
  service: string;
  stage: string;
  variables: VariableResolver;
  intrinsics: Intrinsics;
  sink: ModelSink;
}

/**
 * One function: its own settings, else the provider's (the origin says which applied), its events, failure
 * destinations and per-function IAM statements, with the names its CloudFormation resources get.
 */
export function extractFunction(stack: Stack, name: string, definition: Dict, keyPath: DocPath): StackFunction {
  const { provider, platform, defaultTimeout, variables, intrinsics, sink } = stack;
  const resolve = (value: unknown) => variables.resolve(value);
  const at = (...path: DocPath): SourceRef => ({ file: stack.file, doc: 0, path });
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
    fn.timeoutIsDefault = true;
  }
  read("memory", "memorySize", ["memorySize"], asNumber);
  read("runtime", "runtime", ["runtime"], asString);
  if (platform === "aws-lambda") {
    read("reservedConcurrency", "reservedConcurrency", ["reservedConcurrency"], asNumber);
    read("provisionedConcurrency", "provisionedConcurrency", ["provisionedConcurrency"], asNumber);
    read("tracing", "tracing", providerTracingPath(provider, resolve), tracingEnabled);
    read("snapStart", "snapStart", ["snapStart"], (v) => v === true || v === "PublishedVersions");
    read("logRetentionDays", "logRetentionInDays", ["logRetentionInDays"], asNumber);
    if (definition.onError !== undefined)
      assign("failureDestination", definition.onError, fieldAt("onError"), () => true);
    else if (valueAt(definition, ["destinations", "onFailure"]) !== undefined) {
      const onFailure = valueAt(definition, ["destinations", "onFailure"]);
      assign("failureDestination", onFailure, fieldAt("destinations", "onFailure"), () => true);
    }
  }

  const events = Array.isArray(definition.events) ? definition.events : [];
  events.forEach((event, index) => {
    const [type, settings] = isDict(event) ? (Object.entries(event)[0] ?? []) : [];
    if (typeof type !== "string") return;
    recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: fieldAt("events", index) });
    fn.triggers.push(toTrigger(type, settings, variables, { platform, file: stack.file, intrinsics }));
    const onFailure = valueAt(resolve(settings), ["destinations", "onFailure"]);
    if (onFailure !== undefined && fn.failureDestination !== true) {
      setField(fn, "failureDestination", true, fieldAt("events", index, type, "destinations", "onFailure"));
    }
  });
  if (definition.url !== undefined && definition.url !== false) {
    recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: fieldAt("url") });
    fn.triggers.push({ kind: "http-other", type: "url", synchronous: true });
  }
  if (Array.isArray(definition.iamRoleStatements)) {
    documentStatements(definition.iamRoleStatements, name, fieldAt("iamRoleStatements"), intrinsics, sink);
  }

  const stem = logicalIdStem(name);
  const deployedName = asString(resolve(definition.name)) ?? `${stack.service}-${stack.stage}-${name}`;
  return {
    id: `${stem}LambdaFunction`,
    entity: fn,
    nameKeys: [`\${${stem}LambdaFunction}`, deployedName],
    logGroupId: `${stem}LogGroup`,
  };
}

/**
 * Where the provider switches Lambda tracing on for every function: `provider.tracing.lambda`, or a plain
 * `provider.tracing: true` (serverless-plugin-tracing, and Framework v1). A `provider.tracing` that names only
 * other services (`apiGateway: true`) says nothing about the functions.
 */
function providerTracingPath(provider: Dict, resolve: (value: unknown) => unknown): DocPath {
  return isDict(resolve(provider.tracing)) ? ["tracing", "lambda"] : ["tracing"];
}

/** `tracing: true`, `Active` or `{ lambda: true }` mean active tracing; `PassThrough` does not. */
function tracingEnabled(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value.toLowerCase() === "active" || value === "true";
  if (isDict(value) && "lambda" in value) return tracingEnabled(value.lambda);
  return undefined;
}
