import { posix } from "node:path";
import type { DocPath, SourceRef } from "../../model/types.js";
import { refAt } from "../entity.js";
import { type Dict, isDict } from "../values.js";
import { isCreated } from "./conditions.js";
import { resolveValue, UNRESOLVED } from "./references.js";

/** How a `module` block called this instance: its address, the caller's file, where each argument was set. */
export interface ModuleCall {
  address: string;
  file: string;
  arguments: Map<string, SourceRef>;
}

/** One labelled block (`resource "type" "name"`, `data …`, `module "name"`, `variable "name"`). */
export interface Block {
  /** `type.name` for resources, `data.type.name`, `module.name`, `var.name`. */
  address: string;
  type: string;
  name: string;
  body: Dict;
  ref: SourceRef;
}

/**
 * The files of one directory are one Terraform module: variables, locals and resources declared in any of them
 * are visible in all. `.tf` files arrive as HCL documents and `.tf.json` files as JSON, in the same shape.
 */
export class TerraformModule {
  readonly resources = new Map<string, Block[]>();
  readonly data = new Map<string, Block[]>();
  readonly modules: Block[] = [];
  readonly variables = new Map<string, Block>();
  readonly locals = new Map<string, { value: unknown; ref: SourceRef }>();
  readonly files: string[] = [];

  /**
   * `call` is set on a module as a `module` block instantiates it: its address (`module.exporter`, nested calls
   * joined) names what it creates, and each argument it passes is where that variable's value was set.
   */
  constructor(
    readonly dir: string,
    readonly call?: ModuleCall,
  ) {}

  /** The prefix of the addresses this instance creates (`module.exporter.`), empty for a root module. */
  get prefix(): string {
    return this.call ? `${this.call.address}.` : "";
  }

  /**
   * This module as the caller's `module` block instantiates it: each argument, resolved in the caller, becomes
   * the variable's value (one that cannot be resolved leaves the variable unresolved, not at its default).
   */
  instantiate(caller: TerraformModule, block: Block): TerraformModule {
    const address = `${caller.prefix}${block.address}`;
    const instance = new TerraformModule(this.dir, { address, file: block.ref.file, arguments: new Map() });
    for (const [type, list] of this.resources) instance.resources.set(type, list);
    for (const [type, list] of this.data) instance.data.set(type, list);
    instance.modules.push(...this.modules);
    instance.files.push(...this.files);
    for (const [name, local] of this.locals) instance.locals.set(name, local);
    for (const [name, variable] of this.variables) {
      // Passing null means "use the default", as Terraform reads it.
      if (block.body[name] === undefined || block.body[name] === null) {
        instance.variables.set(name, variable);
        continue;
      }
      const { default: _declared, ...rest } = variable.body;
      const value = resolveValue(block.body[name], caller);
      instance.variables.set(name, { ...variable, body: value === UNRESOLVED ? rest : { ...rest, default: value } });
      instance.call?.arguments.set(name, refAt(block.ref, name));
    }
    return instance;
  }

  add(file: string, doc: Dict): void {
    this.files.push(file);
    const at = (...path: DocPath): SourceRef => ({ file, doc: 0, path });
    for (const { labels, body, path } of labelled(doc.resource, 2, ["resource"])) {
      const [type, name] = labels as [string, string];
      push(this.resources, type, { address: `${type}.${name}`, type, name, body, ref: at(...path) });
    }
    for (const { labels, body, path } of labelled(doc.data, 2, ["data"])) {
      const [type, name] = labels as [string, string];
      push(this.data, type, { address: `data.${type}.${name}`, type, name, body, ref: at(...path) });
    }
    for (const { labels, body, path } of labelled(doc.module, 1, ["module"])) {
      const name = labels[0] as string;
      this.modules.push({ address: `module.${name}`, type: "module", name, body, ref: at(...path) });
    }
    for (const { labels, body, path } of labelled(doc.variable, 1, ["variable"])) {
      const name = labels[0] as string;
      if (!this.variables.has(name))
        this.variables.set(name, { address: `var.${name}`, type: "variable", name, body, ref: at(...path) });
    }
    for (const { body, path } of blocks(doc, "locals", [])) {
      for (const [name, value] of Object.entries(body)) {
        if (!this.locals.has(name)) this.locals.set(name, { value, ref: at(...path, name) });
      }
    }
  }

  /** Every resource of the given types that the module's defaults create (see `isCreated`). */
  all(...types: string[]): Block[] {
    return this.created(types.flatMap((type) => this.resources.get(type) ?? []));
  }

  /** Data sources of a type, likewise. */
  dataSources(type: string): Block[] {
    return this.created(this.data.get(type) ?? []);
  }

  created(blocks: Block[]): Block[] {
    return blocks.filter((block) => isCreated(block.body, this));
  }

  find(address: string): Block | undefined {
    const [type, name] = address.split(".");
    return (this.resources.get(type ?? "") ?? []).find((block) => block.name === name);
  }
}

/** Adds a file's document to the module of its directory, made when the directory's first file arrives. */
export function addToModules(modules: Map<string, TerraformModule>, file: string, doc: Dict): void {
  const dir = posix.dirname(file);
  const module = modules.get(dir) ?? new TerraformModule(dir);
  modules.set(dir, module);
  module.add(file, doc);
}

function push(map: Map<string, Block[]>, key: string, block: Block): void {
  const list = map.get(key);
  if (list) list.push(block);
  else map.set(key, [block]);
}

interface Labelled {
  labels: string[];
  body: Dict;
  path: (string | number)[];
}

/**
 * Blocks nested `depth` labels deep. HCL documents nest one object per label; `.tf.json` may also wrap any level
 * in a list (`"resource": [{ … }]`, `"api": [{ … }]`).
 */
function labelled(value: unknown, depth: number, path: (string | number)[]): Labelled[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => labelled(item, depth, [...path, index]));
  if (!isDict(value)) return [];
  if (depth === 0) return [{ labels: [], body: value, path }];
  return Object.entries(value).flatMap(([label, inner]) =>
    labelled(inner, depth - 1, [...path, label]).map((found) => ({ ...found, labels: [label, ...found.labels] })),
  );
}

/** The nested blocks called `name` in a body: a list in HCL (`tracing_config[0]`), a list or an object in JSON. */
export function blocks(
  body: Dict,
  name: string,
  path: (string | number)[],
): { body: Dict; path: (string | number)[] }[] {
  const value = body[name];
  if (isDict(value)) return [{ body: value, path: [...path, name] }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (isDict(item) ? [{ body: item, path: [...path, name, index] }] : []));
}

/** A dynamic block of that name makes its content unknown. */
export function hasDynamic(body: Dict, name: string): boolean {
  const dynamic = body.dynamic;
  if (isDict(dynamic)) return name in dynamic;
  return Array.isArray(dynamic) && dynamic.some((item) => isDict(item) && name in item);
}
