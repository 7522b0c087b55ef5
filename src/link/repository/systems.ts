import { posix } from "node:path";
import type { SystemConfig } from "../../config/config.js";
import { compileGlob, type Glob } from "../../discover/safe-glob.js";
import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import type { Entity, Model, WorkloadEntity } from "../../model/types.js";
import { buildsOf, roleOf } from "./provenance.js";

/** One system of the repository: its name (its root folder's path) and the files that belong to it. */
export interface SystemRoot {
  name: string;
  /** The folder every file of the system sits under (`.` for the whole repository). */
  root: string;
  /** Declared in the config's `systems`, rather than found. */
  declared: boolean;
  /** Whether a file (POSIX, relative to the scanned root) belongs to this system. */
  owns: (file: string) => boolean;
}

/**
 * From this many disconnected stacks on, a repository is a collection of systems. A few stacks that share nothing
 * found in the manifests are as likely the parts of one product (a shop's orders, cart and payments stacks,
 * deployed by separate tooling) as separate products; the config's `systems` says which.
 */
export const MIN_COLLECTION = 4;

/** Evidence that a folder holds a deployment definition of its own. */
const DEPLOYABLE_EVIDENCE = new Set<string>([
  EVIDENCE.iac,
  EVIDENCE.kubernetes,
  EVIDENCE.compose,
  EVIDENCE.functionApp,
  EVIDENCE.apiStack,
]);

/** A Skaffold file builds and deploys everything it names from its folder down. */
const SKAFFOLD = /(^|\/)skaffold[^/]*\.ya?ml$/;

/**
 * The independent systems a repository holds. A deployable set (a compose project, a Kustomize build, a Helm
 * chart, a bundle of raw manifests, a stack of functions, a Function App, infrastructure code) is rooted in a
 * folder. Sets are one system when they deploy the same image or build the same context (deployment variants of
 * one application), when one's folder holds the other's (a Skaffold file or compose file at the top of the
 * services it builds), or when one's files name the other's folder as a path (`/ecommerce/dev/orders/api/url`,
 * `../shared/dlq.yaml`). A repository with fewer than {@link MIN_COLLECTION} disconnected sets that run code is
 * one system; otherwise each disconnected group is a system, named by its root folder. The config's `systems`
 * wins over what is found.
 */
export function findSystems(
  model: Model,
  declared: SystemConfig[] | undefined,
  texts?: () => Iterable<[string, string]>,
): SystemRoot[] {
  if (declared?.length) return declaredSystems(declared);
  const sets = new Sets();
  const runsCode = new Set<string>();
  for (const entity of model.entities) {
    const folders = foldersOf(entity);
    for (const folder of folders) sets.add(folder);
    for (const folder of folders.slice(1)) sets.union(folders[0] as string, folder);
    if (entity.kind === "workload" || entity.kind === "function") runsCode.add(folders[0] as string);
  }
  for (const item of model.evidence) {
    if (DEPLOYABLE_EVIDENCE.has(item.category) || (item.category === EVIDENCE.buildImage && SKAFFOLD.test(item.file)))
      sets.add(
        item.category === EVIDENCE.functionApp || item.category === EVIDENCE.apiStack ? item.value : dir(item.file),
      );
    if (item.category === EVIDENCE.functionApp) runsCode.add(item.value);
  }
  if (sets.size === 0) return [];
  sets.nest();
  joinSharedImages(model, sets);
  joinBuildContexts(model.entities, sets);
  if (texts) joinMentions(sets, texts());
  const groups = sets.groups().map((folders) => ({ folders, runs: folders.some((f) => runsCode.has(f)) }));
  const systems = split(".", groups);
  if (systems.length === 1) return [];
  return systems
    .map((tops) => {
      const root = commonFolder(tops);
      return {
        name: tops.sort().join(" + "),
        root,
        declared: false,
        owns: (file: string) => tops.some((top) => contains(top, dir(file))),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

interface Group {
  folders: string[];
  /** Whether it runs code (a workload or a function), not only infrastructure. */
  runs: boolean;
}

/**
 * The systems below a folder, each as its root folders. A set at the folder itself deploys everything below it:
 * one system. Otherwise the folder's children are grouped (a connected group of sets spanning two children joins
 * them); with fewer than {@link MIN_COLLECTION} groups that run code the folder is one system, else each group
 * is one, and a group of one child is split the same way in turn (`legacy/` of a collection holding samples of
 * its own).
 */
function split(folder: string, groups: Group[]): string[][] {
  if (groups.some((group) => group.folders.includes(folder))) return [[folder]];
  const children = new Sets();
  const childOf = (path: string) => {
    const below = folder === "." ? path : path.slice(folder.length + 1);
    const first = below.split("/")[0] as string;
    return folder === "." ? first : `${folder}/${first}`;
  };
  const touched = groups.map((group) => [...new Set(group.folders.map(childOf))]);
  for (const names of touched) for (const name of names) children.union(names[0] as string, name);
  const childGroups = children.groups();
  const inside = (names: string[]) => groups.filter((_, index) => touched[index]?.some((n) => names.includes(n)));
  const below = childGroups.map((names) =>
    names.length === 1 ? split(names[0] as string, inside(names)) : [names.sort()],
  );
  const running = childGroups.filter((names) => inside(names).some((g) => g.runs)).length;
  return running >= MIN_COLLECTION || below.some((systems) => systems.length > 1) ? below.flat() : [[folder]];
}

function declaredSystems(declared: SystemConfig[]): SystemRoot[] {
  return declared.map((system) => {
    const patterns = [...(system.path ? [system.path] : []), ...(system.paths ?? [])].map((p) =>
      p.replace(/^\.\//, "").replace(/\/+$/, ""),
    );
    const globs: Glob[] = patterns.filter((p) => /[*?[{]/.test(p)).map(compileGlob);
    const folders = patterns.filter((p) => !/[*?[{]/.test(p));
    return {
      name: system.name,
      root: folders.length === 1 && globs.length === 0 ? (folders[0] as string) || "." : commonFolder(folders),
      declared: true,
      owns: (file: string) =>
        folders.some((folder) => folder === "" || folder === "." || contains(folder, dir(file))) ||
        globs.some((glob) => glob.match(file) || glob.match(dir(file))),
    };
  });
}

/** The folders an entity's deployable set spans: its deployment variants' roots, its stack's, its file's. */
function foldersOf(entity: Entity): string[] {
  const own = typeof entity.functionApp === "string" ? entity.functionApp : dir(entity.source.file);
  const variants = Array.isArray(entity.variants) ? (entity.variants as string[]) : [];
  return [own, ...variants.map((variant) => variant.slice(variant.indexOf(":") + 1))];
}

/**
 * Variants that run the same image of the team's own service (provenance.ts: not a database, broker or tool
 * pulled off the shelf) are one application.
 */
function joinSharedImages(model: Model, sets: Sets): void {
  const builds = buildsOf(model.evidence);
  const byImage = new Map<string, string>();
  for (const entity of model.entities) {
    if (entity.kind !== "workload" || !Array.isArray(entity.images)) continue;
    if (roleOf(entity as WorkloadEntity, builds).role !== "service") continue;
    for (const image of entity.images as string[]) {
      const name = imageName(image);
      if (!name) continue;
      const folder = dir(entity.source.file);
      const seen = byImage.get(name);
      if (seen === undefined) byImage.set(name, folder);
      else sets.union(seen, folder);
    }
  }
}

/**
 * An image's repository without tag or digest, when it names the team's own registry path: an image of a
 * well-known vendor pulled by many samples (`redis`, `postgres:15`, `bitnami/kafka`) joins nothing. A path with
 * at least two segments below a registry host, or an unresolved placeholder, is read as the team's own.
 */
function imageName(image: string): string | undefined {
  if (!image || image.includes("${") || image.includes("{{")) return undefined;
  const name = image.replace(/@.*$/, "").replace(/:[^/]*$/, "");
  const parts = name.split("/");
  const host = parts.length > 2 && /[.:]/.test(parts[0] ?? "") ? parts[0] : undefined;
  return host && parts.length >= 3 ? name : undefined;
}

/**
 * Compose projects that build one context (`build: ../src/cart`) deploy one service, and a context inside
 * another set's folder ties the two together.
 */
function joinBuildContexts(entities: readonly Entity[], sets: Sets): void {
  const byContext = new Map<string, string>();
  for (const entity of entities) {
    if (entity.kind !== "workload" || typeof entity.build !== "string") continue;
    const folder = dir(entity.source.file);
    const context = posix.normalize(posix.join(folder, entity.build));
    if (context.startsWith("..")) continue;
    const seen = byContext.get(context);
    if (seen === undefined) byContext.set(context, folder);
    else sets.union(seen, folder);
    const owner = sets.setOf(context);
    if (owner !== undefined) sets.union(owner, folder);
  }
}

/**
 * A set whose files reach by a relative path into another set's folder (`Location: ../../shared/dlq.yaml`,
 * `$ref: ../../shared/resources/schemas.yaml`) depends on it. Relative paths are read from their steps up, as
 * build tools resolve them from a folder of their own: what follows the `../` steps names a folder from the
 * scanned root. A path with no step up stays in the file's own folder.
 */
function joinMentions(sets: Sets, texts: Iterable<[string, string]>): void {
  const tops = new Set(sets.tops().filter((top) => top !== "."));
  const topOf = (folder: string) => {
    for (let current = folder; current !== "."; current = dir(current)) if (tops.has(current)) return current;
    return undefined;
  };
  const byName = new Map<string, string>();
  for (const top of tops) byName.set(posix.basename(top), byName.has(posix.basename(top)) ? "" : top);
  const published = new Set<string>();
  const named: [string, string, string][] = [];
  for (const [file, text] of texts) {
    const own = topOf(dir(file));
    if (own === undefined) continue;
    for (const match of text.matchAll(RELATIVE_PATH)) {
      const target = topOf(match[1] as string);
      if (target !== undefined && target !== own) sets.union(own, target);
    }
    for (const match of text.matchAll(NAMESPACED_PATH)) {
      const segments = (match[0] as string).split("/").slice(1);
      segments.forEach((segment, index) => {
        const target = index > 0 && segments[0] !== "aws" ? byName.get(segment) : undefined;
        if (!target) return;
        const key = `${segments.slice(0, index).join("/")}\u0000${segment}`;
        if (target === own) published.add(key);
        else named.push([own, target, key]);
      });
    }
  }
  for (const [own, target, key] of named) if (published.has(key)) sets.union(own, target);
  const publishers = new Map<string, string>();
  for (const key of published) {
    const [prefix, name] = key.split("\u0000") as [string, string];
    const top = byName.get(name) as string;
    const first = publishers.get(prefix);
    if (first === undefined) publishers.set(prefix, top);
    else sets.union(first, top);
  }
}

/**
 * An absolute path in a namespace (`/ecommerce/${Environment}/orders/api/url`, an SSM parameter). The stack in
 * folder `orders` publishes under `/ecommerce/${Environment}/orders/`: another stack that reads that path depends
 * on it, and stacks that each publish under their own folder's name in one namespace are the parts of one product.
 * Paths under `/aws/`, AWS's own namespace, name AWS's services.
 */
const NAMESPACED_PATH = /(?<=^|[\s"'=:(])(?:\/[A-Za-z0-9${}._-]+){3,}/gm;

/** A path that steps up out of its folder: `../../shared/templates/dlq.yaml` (what follows the steps, captured). */
const RELATIVE_PATH = /(?:\.\.\/)+([A-Za-z0-9_][A-Za-z0-9._/-]*)/g;

/** Union-find over folders, where a folder below another set's folder belongs to that set. */
class Sets {
  private readonly parent = new Map<string, string>();

  get size(): number {
    return this.parent.size;
  }

  add(folder: string): void {
    if (!this.parent.has(folder)) this.parent.set(folder, folder);
  }

  find(folder: string): string {
    let root = folder;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root))
      root = next;
    this.parent.set(folder, root);
    return root;
  }

  union(a: string, b: string): void {
    this.add(a);
    this.add(b);
    const left = this.find(a);
    const right = this.find(b);
    if (left !== right) this.parent.set(right, left);
  }

  /** Each folder joins the nearest set folder above it. */
  nest(): void {
    for (const folder of [...this.parent.keys()]) {
      const above = this.above(folder);
      if (above !== undefined) this.union(above, folder);
    }
  }

  /** The set folder at or above a folder, if any. */
  setOf(folder: string): string | undefined {
    return this.parent.has(folder) ? folder : this.above(folder);
  }

  /** Set folders with no set folder above them. */
  tops(): string[] {
    return [...this.parent.keys()].filter((folder) => this.above(folder) === undefined);
  }

  groups(): string[][] {
    const groups = new Map<string, string[]>();
    for (const folder of this.parent.keys()) {
      const root = this.find(folder);
      const group = groups.get(root);
      if (group) group.push(folder);
      else groups.set(root, [folder]);
    }
    return [...groups.values()];
  }

  private above(folder: string): string | undefined {
    for (let current = folder; current !== "."; ) {
      current = dir(current);
      if (this.parent.has(current)) return current;
    }
    return undefined;
  }
}

const dir = (path: string) => posix.dirname(path);

/** Whether `folder` is `outer` or below it. */
const contains = (outer: string, folder: string) => outer === "." || folder === outer || folder.startsWith(`${outer}/`);

function commonFolder(folders: string[]): string {
  const parts = folders.map((folder) => (folder === "." ? [] : folder.split("/")));
  const first = parts[0] ?? [];
  let length = 0;
  while (length < first.length && parts.every((p) => p[length] === first[length])) length += 1;
  return first.slice(0, length).join("/") || ".";
}
