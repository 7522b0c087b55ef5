import type { DocPath, EntityBase, FunctionEntity, SourceRef } from "../../model/types.js";
import type { ModelSink } from "../adapter.js";
import { markUnresolved, setField } from "../entity.js";
import { asNumber, type Dict, isDict, type Resolved, UNRESOLVED, valueAt } from "../values.js";
import { Intrinsics, type StackLinks, stackOutputs } from "./intrinsics.js";
import type { OpenApiFiles } from "./openapi.js";

export const CLOUDFORMATION_FORMAT = "cloudformation";
export const SAM_FORMAT = "aws-sam";

/**
 * One CloudFormation template, or the CloudFormation part of another manifest (Serverless `resources:`):
 * `base` is the path of the template's root inside its document, so every reference points at the exact line.
 */
export interface Template {
  file: string;
  doc: number;
  base: DocPath;
  format: string;
  resources: Dict;
  /** SAM `Globals.Function`: defaults every `AWS::Serverless::Function` inherits. */
  globals: Dict;
  intrinsics: Intrinsics;
  sink: ModelSink;
  /** OpenAPI files of the scan, for gateways whose definition is included from one. */
  openApi?: OpenApiFiles;
  /** The resources by type, read once (see `resourcesOf`): the template's resources do not change once read. */
  byType?: ResourceIndex;
}

interface ResourceIndex {
  all: Resource[];
  byType: Map<string, Resource[]>;
  /** The answers to asks for several types at once, by the types asked for. */
  ofTypes: Map<string, Resource[]>;
}

export interface TemplateOptions {
  /** Resolves a host format's own syntax first (Serverless `${self:…}` in `resources:`). */
  pre?: (value: unknown) => Resolved;
  openApi?: OpenApiFiles;
  /** The parameters as a parent stack instantiates the template, and a note for each value it passes. */
  parameters?: Dict;
  parameterNotes?: ReadonlyMap<string, string>;
  links?: StackLinks;
}

export function createTemplate(
  root: Dict,
  where: { file: string; doc: number; base: DocPath; format: string },
  sink: ModelSink,
  options: TemplateOptions = {},
): Template {
  const globals = isDict(root.Globals) && isDict(root.Globals.Function) ? root.Globals.Function : {};
  const parameters = options.parameters ?? (isDict(root.Parameters) ? root.Parameters : {});
  const resources = isDict(root.Resources) ? root.Resources : {};
  const intrinsics = new Intrinsics(parameters, options.pre, options.parameterNotes, options.links);
  return { ...where, resources, globals, intrinsics, sink, openApi: options.openApi };
}

export const at = (template: Template, ...path: DocPath): SourceRef => ({
  file: template.file,
  doc: template.doc,
  path: [...template.base, ...path],
});

export interface Resource {
  id: string;
  type: string;
  properties: Dict;
  /** The path of a property of this resource. */
  ref(...path: DocPath): SourceRef;
}

/** The template's resources of these types, in the order the template declares them. */
export function resourcesOf(template: Template, ...types: string[]): readonly Resource[] {
  template.byType ??= indexResources(template);
  const { all, byType, ofTypes } = template.byType;
  if (types.length === 1) return byType.get(types[0] as string) ?? [];
  const key = types.join("\n");
  let found = ofTypes.get(key);
  if (!found) {
    found = all.filter((r) => types.includes(r.type));
    ofTypes.set(key, found);
  }
  return found;
}

function indexResources(template: Template): ResourceIndex {
  const all = Object.entries(template.resources).flatMap(([id, resource]) => {
    if (!isDict(resource) || typeof resource.Type !== "string") return [];
    const properties = isDict(resource.Properties) ? resource.Properties : {};
    const ref = (...path: DocPath) => at(template, "Resources", id, ...(path.length ? ["Properties", ...path] : []));
    return [{ id, type: resource.Type, properties, ref }];
  });
  const byType = new Map<string, Resource[]>();
  for (const resource of all) {
    const ofType = byType.get(resource.type);
    if (ofType) ofType.push(resource);
    else byType.set(resource.type, [resource]);
  }
  return { all, byType, ofTypes: new Map() };
}

/** The cross-resource view of a function: its entity, its logical id and the names references may use. */
export interface StackFunction {
  id: string;
  entity: FunctionEntity;
  /** Name keys (see Intrinsics.nameKey) the function is known by: `${LogicalId}` and its FunctionName. */
  nameKeys: string[];
  /** `LoggingConfig.LogGroup`, when the function names its own log group. */
  logGroup?: unknown;
  /** The logical id of the log group its host manifest creates for it (Serverless `<Name>LogGroup`). */
  logGroupId?: string;
}

/** Resolves a value into a field: set with its origin, or marked unresolved; never a guess. */
export function assign(
  template: Template,
  entity: EntityBase,
  field: string,
  raw: unknown,
  ref: SourceRef,
  convert: (value: unknown) => unknown,
  note?: string,
): void {
  const value = template.intrinsics.resolve(raw);
  const converted = value === UNRESOLVED ? undefined : convert(value);
  if (converted === undefined) markUnresolved(entity, field, ref);
  else setField(entity, field, converted, ref, note ?? template.intrinsics.noteFor(raw));
}

/** The function a value points at: by logical id (`Ref`, `GetAtt`, `${Fn.Arn}`) or by its name or ARN. */
export function functionFor(template: Template, functions: StackFunction[], value: unknown): StackFunction | undefined {
  const ids = new Set(template.intrinsics.references(value));
  const byId = functions.find((fn) => ids.has(fn.id));
  if (byId) return byId;
  for (const [stack, output] of stackOutputs(value)) {
    const nested = template.intrinsics.links.outputFunction?.(stack, output);
    if (nested) return nested;
  }
  const key = template.intrinsics.nameKey(value);
  if (key === undefined) return undefined;
  // A function ARN, alone or inside an API Gateway invocation URI (`…:lambda:path/2015-03-31/functions/<arn>/invocations`).
  const name = /:function:([^:/]+)/.exec(key)?.[1] ?? key;
  return functions.find((fn) => fn.nameKeys.includes(name));
}

/** A numeric setting at a path, when it resolves to a number. */
export function numberAt(template: Template, properties: Dict, path: DocPath): number | undefined {
  return numberOf(template, valueAt(properties, path));
}

/** A value as a number, when it resolves to one. */
export function numberOf(template: Template, raw: unknown): number | undefined {
  const value = raw === undefined ? undefined : template.intrinsics.resolve(raw);
  return value === UNRESOLVED ? undefined : asNumber(value);
}
