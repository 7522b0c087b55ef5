import type { DocPath, FunctionEntity, SourceRef } from "../../model/types.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory, ModelSink } from "../adapter.js";
import { createEntity, markUnresolved, recordOrigin, setField } from "../entity.js";
import { asNumber, asString, type Dict, isDict, namedEntries } from "../values.js";
import { toTrigger } from "./events.js";
import { UNRESOLVED, VariableResolver } from "./variables.js";

export const SERVERLESS_FORMAT = "serverless-framework";

const MANIFEST_NAME = /(^|\/)serverless\.(ya?ml|json)$/;

const PLATFORMS: Record<string, { platform: string; defaultTimeout: number }> = {
  aws: { platform: "aws-lambda", defaultTimeout: 6 },
  google: { platform: "gcp-functions", defaultTimeout: 60 },
  azure: { platform: "azure-functions", defaultTimeout: 300 },
};

export function isServerlessManifest(file: ParsedFile): boolean {
  const doc = file.documents[0];
  return MANIFEST_NAME.test(file.path) && isDict(doc) && ("functions" in doc || "provider" in doc);
}

export const serverlessFramework: AdapterFactory = {
  name: SERVERLESS_FORMAT,
  create: () => ({
    extract(file, sink) {
      if (isServerlessManifest(file)) extractStack(file, file.documents[0] as Dict, sink);
    },
  }),
};

/** One `serverless.yml` stack: provider defaults, then each function with its own settings and events. */
function extractStack(file: ParsedFile, doc: Dict, sink: ModelSink): void {
  const variables = new VariableResolver(doc);
  const at = (...path: DocPath): SourceRef => ({ file: file.path, doc: 0, path });
  const provider = isDict(doc.provider) ? doc.provider : {};
  const providerName = asString(variables.resolve(provider.name)) ?? "aws";
  const { platform, defaultTimeout } = PLATFORMS[providerName] ?? { platform: providerName, defaultTimeout: 6 };

  for (const [name, definition, keyPath] of namedEntries(doc.functions)) {
    if (!isDict(definition)) continue;
    const declaration = at("functions", ...keyPath);
    const fn = createEntity<FunctionEntity>(
      { kind: "function", name, platform, format: SERVERLESS_FORMAT, ref: declaration },
      { triggers: [] },
    );
    const fieldAt = (key: string) => at("functions", ...keyPath, key);

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
      const value = variables.resolve(raw);
      const converted = value === UNRESOLVED ? undefined : convert(value);
      if (converted === undefined) markUnresolved(fn, field, ref);
      else setField(fn, field, converted, ref, note);
    };

    read("timeout", "timeout", ["timeout"], asNumber);
    if (fn.timeout === undefined && !fn.unresolved?.includes("timeout")) {
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

    const events = Array.isArray(definition.events) ? definition.events : [];
    events.forEach((event, index) => {
      const [type, settings] = isDict(event) ? (Object.entries(event)[0] ?? []) : [];
      if (typeof type !== "string") return;
      recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: at("functions", ...keyPath, "events", index) });
      fn.triggers.push(toTrigger(type, settings, variables));
    });
    sink.entity(fn);
  }
}

/** `tracing: true`, `Active` or `{ lambda: true }` mean active tracing; `PassThrough` does not. */
function tracingEnabled(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value.toLowerCase() === "active" || value === "true";
  if (isDict(value) && "lambda" in value) return tracingEnabled(value.lambda);
  return undefined;
}

function valueAt(root: unknown, path: DocPath): unknown {
  let node = root;
  for (const key of path) {
    if (!isDict(node) || !(String(key) in node)) return undefined;
    node = node[String(key)];
  }
  return node;
}
