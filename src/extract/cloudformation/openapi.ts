import { posix } from "node:path";
import type { DocPath, SourceRef } from "../../model/types.js";
import type { FileGuard } from "../adapter.js";
import { type Dict, isDict } from "../values.js";

const INTEGRATION = "x-amazon-apigateway-integration";

/** One `x-amazon-apigateway-integration` of an OpenAPI definition: what it calls, its cut-off, where it sits. */
export interface OpenApiIntegration {
  /** The extension's own settings: `uri`, `timeoutInMillis`, `type`, … */
  settings: Dict;
  ref: SourceRef;
}

/** Every operation's integration under `paths` (`get`, `post`, …, `x-amazon-apigateway-any-method`). */
export function openApiIntegrations(definition: unknown, at: (...path: DocPath) => SourceRef): OpenApiIntegration[] {
  const paths = isDict(definition) && isDict(definition.paths) ? definition.paths : {};
  return Object.entries(paths).flatMap(([route, operations]) =>
    Object.entries(isDict(operations) ? operations : {}).flatMap(([method, operation]) => {
      const integration = isDict(operation) ? operation[INTEGRATION] : undefined;
      if (!isDict(integration) || integration.uri === undefined) return [];
      return [{ settings: integration, ref: at("paths", route, method, INTEGRATION) }];
    }),
  );
}

/** Whether a parsed document is an OpenAPI definition that wires API Gateway integrations. */
export function declaresIntegrations(doc: unknown): doc is Dict {
  return isDict(doc) && (doc.openapi !== undefined || doc.swagger !== undefined) && isDict(doc.paths);
}

/**
 * Where a gateway's definition lives: inline (`DefinitionBody`, `Body`), or in a local file named by an
 * `AWS::Include` transform or SAM's `DefinitionUri`, as a path relative to the scanned root. An S3 location, or
 * one outside the root, is neither.
 */
export type DefinitionSource = { inline: Dict; path: string } | { file: string };

export function definitionSource(properties: Dict, templateFile: string): DefinitionSource | undefined {
  for (const key of ["DefinitionBody", "Body"]) {
    const body = properties[key];
    if (!isDict(body)) continue;
    const include = includedLocation(body);
    if (include !== undefined) return localFile(include, templateFile);
    return { inline: body, path: key };
  }
  const uri = properties.DefinitionUri;
  return typeof uri === "string" ? localFile(uri, templateFile) : undefined;
}

function includedLocation(body: Dict): unknown {
  const transform = body["Fn::Transform"];
  if (!isDict(transform) || transform.Name !== "AWS::Include") return undefined;
  return isDict(transform.Parameters) ? transform.Parameters.Location : undefined;
}

/** A location relative to a template, as a path relative to the scanned root; not a URL, not outside the root. */
export function localFile(location: unknown, templateFile: string): { file: string } | undefined {
  if (typeof location !== "string" || /^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return undefined;
  const file = posix.normalize(posix.join(posix.dirname(templateFile), location));
  return file.startsWith("../") || posix.isAbsolute(file) ? undefined : { file };
}

/** OpenAPI files a scan has read, and the gateways that include them: files come in any order, so joins wait. */
export class OpenApiFiles {
  private readonly integrations = new Map<string, OpenApiIntegration[]>();
  private readonly waiting: { file: string; attach: (integrations: OpenApiIntegration[]) => void }[] = [];

  add(file: string, documents: unknown[]): void {
    documents.forEach((doc, index) => {
      if (!declaresIntegrations(doc)) return;
      const found = openApiIntegrations(doc, (...path) => ({ file, doc: index, path }));
      this.integrations.set(file, [...(this.integrations.get(file) ?? []), ...found]);
    });
  }

  request(file: string, attach: (integrations: OpenApiIntegration[]) => void): void {
    this.waiting.push({ file, attach });
  }

  finish(guard: FileGuard): void {
    for (const { file, attach } of this.waiting) guard(file, () => attach(this.integrations.get(file) ?? []));
  }
}
