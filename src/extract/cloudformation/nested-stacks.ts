import type { Dict } from "../values.js";
import { isDict, UNRESOLVED } from "../values.js";
import { Intrinsics, queueKey, type StackLinks } from "./intrinsics.js";
import { localFile } from "./openapi.js";
import { resourcesOf, type StackFunction, type Template } from "./template.js";

/** The parameters a parent stack passes to a child template it nests from a local file. */
export interface Nesting {
  child: string;
  parent: string;
  /** The nested stack's logical id in the parent. */
  stack: string;
  /** Each passed parameter: its value when the parent's own values resolve it, else UNRESOLVED. */
  values: Map<string, unknown>;
  /** The join key of each passed parameter that names a resource (a queue the parent declares). */
  keys: Map<string, string>;
}

/**
 * `AWS::CloudFormation::Stack` with a local `TemplateURL` and `AWS::Serverless::Application` with a local
 * `Location` (as `sam build` and `aws cloudformation package` accept them); S3 and repository applications are
 * not in the repository, so they are not read.
 */
export function nestingsOf(template: Template): Nesting[] {
  const nested = [
    ...resourcesOf(template, "AWS::CloudFormation::Stack").map((r) => ({ r, location: r.properties.TemplateURL })),
    ...resourcesOf(template, "AWS::Serverless::Application").map((r) => ({ r, location: r.properties.Location })),
  ];
  return nested.flatMap(({ r, location }) => {
    const child = localFile(location, template.file)?.file;
    if (!child) return [];
    const passed = isDict(r.properties.Parameters) ? r.properties.Parameters : {};
    const values = new Map(Object.entries(passed).map(([name, raw]) => [name, template.intrinsics.resolve(raw)]));
    const keys = new Map(
      Object.entries(passed).flatMap(([name, raw]) => {
        const key = queueKey(raw, template.file, template.intrinsics);
        return key ? [[name, key] as const] : [];
      }),
    );
    return [{ child, parent: template.file, stack: r.id, values, keys }];
  });
}

/**
 * The child's `Parameters` as its parent instantiates it: a value the parent passes becomes the parameter's
 * default, one the parent passes but that cannot be resolved leaves the parameter without one (unresolved rather
 * than the child's own default, which the parent overrides), and the rest keep their defaults.
 */
export function instantiate(parameters: Dict, nesting: Nesting): { parameters: Dict; notes: Map<string, string> } {
  const instantiated: Dict = { ...parameters };
  const notes = new Map<string, string>();
  for (const [name, value] of nesting.values) {
    const declared = isDict(parameters[name]) ? parameters[name] : {};
    const { Default: _childDefault, ...rest } = declared;
    instantiated[name] = value === UNRESOLVED ? rest : { ...rest, Default: value };
    if (value !== UNRESOLVED)
      notes.set(name, `${name} = ${String(value)}, passed by ${nesting.parent} (${nesting.stack})`);
  }
  return { parameters: instantiated, notes };
}

/** A template held back until the end of the scan, when every parent that may nest it has been read. */
export interface Deferred {
  doc: Dict;
  where: { file: string; doc: number; base: []; format: string };
  /** Its resources by type, as read when it was held back: the same resources whatever the parameters. */
  byType?: Template["byType"];
}

/**
 * Templates that declare parameters wait for the end of the scan, because a parent stack read later may pass
 * them values. A child nested by several parents is read as the first of them (in path order) instantiates it.
 */
export class NestedStacks {
  private readonly deferred: Deferred[] = [];
  private readonly nestings = new Map<string, Nesting>();
  private readonly children = new Map<string, string>();
  /** Every template's `Parameters` and `Outputs`, so a parent can follow an output into its child. */
  private readonly interfaces = new Map<string, { parameters: Dict; outputs: Dict }>();
  private readonly childrenOf = new Map<string, Set<string>>();
  private readonly functions = new Map<string, StackFunction[]>();

  /** Records what a template shows its parents, and where it nests children. */
  add(file: string, doc: Dict, nestings: Nesting[]): void {
    const parameters = isDict(doc.Parameters) ? doc.Parameters : {};
    this.interfaces.set(file, { parameters, outputs: isDict(doc.Outputs) ? doc.Outputs : {} });
    for (const nesting of nestings) {
      this.children.set(`${nesting.parent}#${nesting.stack}`, nesting.child);
      this.childrenOf.set(nesting.parent, (this.childrenOf.get(nesting.parent) ?? new Set()).add(nesting.child));
      const known = this.nestings.get(nesting.child);
      if (!known || nesting.parent < known.parent) this.nestings.set(nesting.child, nesting);
    }
  }

  defer(template: Deferred): void {
    this.deferred.push(template);
  }

  /** The templates held back, children before their parents, so a parent reaches its children's functions. */
  instances(): (Deferred & { nesting?: Nesting; links: StackLinks })[] {
    const ordered = [...this.deferred].sort((a, b) => this.height(a.where.file, 0) - this.height(b.where.file, 0));
    return ordered.map((template) => {
      const nesting = this.nestings.get(template.where.file);
      return { ...template, nesting, links: this.links(template.where.file, 0) };
    });
  }

  /** Records the functions a template declared, for the parents that name them through an output. */
  extracted(file: string, functions: StackFunction[]): void {
    this.functions.set(file, [...(this.functions.get(file) ?? []), ...functions]);
  }

  private height(file: string, depth: number): number {
    const children = [...(this.childrenOf.get(file) ?? [])];
    if (depth >= MAX_DEPTH || children.length === 0) return 0;
    return 1 + Math.max(...children.map((child) => this.height(child, depth + 1)));
  }

  /** What crosses the boundaries of the template in `file`: its parent's resources in, its children's outputs out. */
  private links(file: string, depth: number): StackLinks {
    const nesting = this.nestings.get(file);
    /** The child an output comes from, its declared value, and its intrinsics to read that value with. */
    const output = (stack: string, name: string) => {
      const child = this.children.get(`${file}#${stack}`);
      const face = child === undefined ? undefined : this.interfaces.get(child);
      const declared = face?.outputs[name];
      if (child === undefined || !face || !isDict(declared) || depth >= MAX_DEPTH) return undefined;
      const intrinsics = new Intrinsics(face.parameters, undefined, undefined, this.links(child, depth + 1));
      return { child, value: declared.Value, intrinsics };
    };
    return {
      parameterKey: (name) => nesting?.keys.get(name),
      outputKey: (stack, name) => {
        const found = output(stack, name);
        return found && queueKey(found.value, found.child, found.intrinsics);
      },
      outputFunction: (stack, name) => {
        const found = output(stack, name);
        const ids = new Set(found?.intrinsics.references(found.value));
        return found && this.functions.get(found.child)?.find((fn) => ids.has(fn.id));
      },
    };
  }
}

/** Stacks nested deeper than this are a cycle (a template that nests itself), not a design. */
const MAX_DEPTH = 8;
