import { posix } from "node:path";
import { HELM_RENDERED } from "../extract/helm/templates.js";
import { KUSTOMIZE_COMPONENT, KUSTOMIZE_RESOURCE } from "../extract/kustomize/kustomization.js";
import type { Entity, Model } from "../model/types.js";
import type { LinkContext } from "./link.js";

/** Platforms whose manifests come in alternative deployment variants of one system. */
const VARIANT_PLATFORMS = new Set(["kubernetes", "helm", "compose"]);

/**
 * Groups the container manifests into deployment variants, the alternatives a team deploys one of: a Kustomize
 * build (a root kustomization and everything it reaches, so a base shared by overlays belongs to each), a Helm
 * chart (its values, or the objects `helm template` rendered from it), a compose project (the compose files of one folder, its layers), and bundles of raw manifests. Raw
 * manifests join the bundle of their parent folder unless that would declare one object twice (a release file
 * repeating per-service files is its own variant). A file of raw manifests that declares no workload (autoscalers,
 * network policies, an Ingress in a folder of their own) is an add-on to every bundle beside it: it belongs to the
 * bundles holding manifests below its parent folder. Each entity gets `variants` (joins only run between entities
 * sharing one) and `variantIdentity` (the same object in another variant: one finding, not several).
 * Files of a Kustomize component no kustomization includes are set aside: an opt-in add-on is not deployed, so it
 * neither counts as services nor proves a pillar, unless the config's `include` names it.
 */
export function deploymentVariants(model: Model, context?: Pick<LinkContext, "config">): void {
  const kustomize = kustomizeClosures(model, context?.config?.include ?? []);
  const charts = model.evidence
    .filter((e) => e.category === HELM_RENDERED)
    .map((e) => e.value)
    .sort((a, b) => b.length - a.length);
  const raw = new Map<string, Entity[]>();
  for (const entity of model.entities) {
    if (!VARIANT_PLATFORMS.has(entity.platform)) continue;
    entity.variantIdentity = `${entity.kind}:${entity.name}`;
    const file = entity.source.file;
    const builds = kustomize.builds.get(file);
    const chart = charts.find((folder) => folder === "." || file.startsWith(`${folder}/`));
    if (builds) entity.variants = builds;
    else if (chart !== undefined) entity.variants = [`helm:${chart}`];
    else if (entity.platform === "kubernetes") raw.set(file, [...(raw.get(file) ?? []), entity]);
    else entity.variants ??= [`${entity.platform}:${posix.dirname(file)}`];
  }
  const [withWorkloads, addOns] = partition([...raw.keys()], (file) => raw.get(file)?.some(isWorkload) ?? false);
  const bundles = namedBundles(rawBundles(new Map(withWorkloads.map((file) => [file, raw.get(file) ?? []]))));
  for (const { name, files } of bundles)
    for (const file of files) for (const entity of raw.get(file) ?? []) entity.variants = [name];
  const below = bundlesBelow(bundles);
  for (const file of addOns) {
    const scope = posix.dirname(posix.dirname(file));
    // The bundles holding manifests below that folder (a bundle may reach higher: `deploy/` for `deploy/a/x/`).
    const near = scope === "." ? bundles.map(({ name }) => name) : (below.get(scope) ?? []);
    const variants = near.length ? near : [`manifests:${posix.dirname(file)}`];
    for (const entity of raw.get(file) ?? []) entity.variants = variants;
  }
  if (kustomize.optional.size === 0) return;
  model.entities = model.entities.filter((e) => !kustomize.optional.has(e.source.file));
  model.setAside = [
    ...(model.setAside ?? []),
    ...[...kustomize.optional].sort().map((path) => ({
      path,
      role: "optional" as const,
      reason: "in a Kustomize component no kustomization includes",
    })),
  ];
}

/**
 * The Kustomize builds each file belongs to, and the files only unused components reach. A component the config's
 * `include` names (a pattern that spells out its folder or the folder of components, `kustomize/components/**`)
 * is opted in: it is judged as a build of its own.
 */
function kustomizeClosures(model: Model, include: string[]): { builds: Map<string, string[]>; optional: Set<string> } {
  const optedIn = (folder: string) =>
    include.some((pattern) => pattern.includes(`${folder}/`) || pattern.includes(`${posix.dirname(folder)}/`));
  const references = new Map<string, string[]>();
  const components = new Set<string>();
  for (const { category, value, file } of model.evidence) {
    const folder = posix.dirname(file);
    if (category === "kustomize") references.set(folder, references.get(folder) ?? []);
    if (category === KUSTOMIZE_RESOURCE) references.set(folder, [...(references.get(folder) ?? []), value]);
    if (category === KUSTOMIZE_COMPONENT) components.add(folder);
  }
  const referenced = new Set([...references.values()].flat());
  const reach = (folder: string, files: Set<string>, seen: Set<string>) => {
    if (seen.has(folder)) return;
    seen.add(folder);
    for (const path of references.get(folder) ?? []) {
      if (references.has(path)) reach(path, files, seen);
      else files.add(path);
    }
  };
  const builds = new Map<string, string[]>();
  const optional = new Set<string>();
  for (const root of [...references.keys()].filter((folder) => !referenced.has(folder)).sort()) {
    const files = new Set<string>();
    reach(root, files, new Set());
    if (components.has(root) && !optedIn(root)) for (const file of files) optional.add(file);
    else for (const file of files) builds.set(file, [...(builds.get(file) ?? []), `kustomize:${root}`]);
  }
  for (const file of builds.keys()) optional.delete(file);
  return { builds, optional };
}

interface Bundle {
  files: string[];
  objects: Set<string>;
}

/**
 * Raw manifest files grouped bottom-up: each folder's files, then its subfolders' bundles, merge into one bundle
 * while no object (kind, type, namespace, name) is declared twice; a bundle that would repeat one stays apart.
 */
function rawBundles(raw: Map<string, Entity[]>): Bundle[] {
  const objectsOf = (file: string) =>
    new Set(
      (raw.get(file) ?? []).map(
        (e) => `${e.kind}:${String(e.workloadType ?? "")}:${String(e.namespace ?? "")}:${e.name}`,
      ),
    );
  const filesByFolder = new Map<string, string[]>();
  for (const file of [...raw.keys()].sort()) {
    for (let folder = posix.dirname(file); ; folder = posix.dirname(folder)) {
      filesByFolder.set(folder, filesByFolder.get(folder) ?? []);
      if (folder === ".") break;
    }
    const folder = posix.dirname(file);
    filesByFolder.get(folder)?.push(file);
  }
  const finished: Bundle[] = [];
  const pending = new Map<string, Bundle[]>();
  const deepestFirst = [...filesByFolder.keys()]
    .map((folder) => ({ folder, depth: depth(folder) }))
    .sort((a, b) => b.depth - a.depth || byName(a.folder, b.folder))
    .map(({ folder }) => folder);
  for (const folder of deepestFirst) {
    const candidates: Bundle[] = [
      ...(filesByFolder.get(folder) ?? []).map((file) => ({ files: [file], objects: objectsOf(file) })),
      ...(pending.get(folder) ?? []),
    ];
    let merged: Bundle | undefined;
    for (const bundle of candidates) {
      if (!merged) merged = bundle;
      else if ([...bundle.objects].some((object) => merged?.objects.has(object))) finished.push(bundle);
      else
        merged = {
          files: [...merged.files, ...bundle.files],
          objects: new Set([...merged.objects, ...bundle.objects]),
        };
    }
    if (!merged) continue;
    if (folder === ".") finished.push(merged);
    else {
      const parent = posix.dirname(folder);
      pending.set(parent, [...(pending.get(parent) ?? []), merged]);
    }
  }
  return finished;
}

const isWorkload = (entity: Entity) => entity.kind === "workload";

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

const depth = (folder: string) => (folder === "." ? 0 : folder.split("/").length);

/** `localeCompare`, with the collator made once rather than at each comparison. */
const byName = new Intl.Collator().compare;

/**
 * Each bundle's variant name: `manifests:<folder>`, or `manifests:<file>` when several bundles share a folder (a
 * folder of alternative all-in-one files, each declaring the same objects, is that many variants).
 */
function namedBundles(bundles: Bundle[]): { name: string; folder: string; files: string[] }[] {
  const folders = bundles.map((bundle) => commonFolder(bundle.files));
  return bundles.map(({ files }, index) => {
    const folder = folders[index] ?? ".";
    const shared = folders.filter((other) => other === folder).length > 1;
    return { name: `manifests:${shared ? files[0] : folder}`, folder, files };
  });
}

function commonFolder(files: string[]): string {
  const parts = files.map((file) => posix.dirname(file).split("/"));
  const first = parts[0] ?? ["."];
  let length = 0;
  while (length < first.length && parts.every((p) => p[length] === first[length])) length += 1;
  return first.slice(0, length).join("/") || ".";
}

/** Whether two entities can join: they share a deployment variant (or one of them belongs to none). */
/** For each folder, the names of the bundles holding manifests below it, in the bundles' order. */
function bundlesBelow(bundles: readonly { name: string; files: readonly string[] }[]): Map<string, string[]> {
  const below = new Map<string, string[]>();
  for (const { name, files } of bundles) {
    const seen = new Set<string>();
    for (const file of files)
      for (let folder = posix.dirname(file); folder !== "." && !seen.has(folder); folder = posix.dirname(folder)) {
        seen.add(folder);
        const names = below.get(folder);
        if (names) names.push(name);
        else below.set(folder, [name]);
      }
  }
  return below;
}

export function sameVariant(a: Entity, b: Entity): boolean {
  const left = a.variants as string[] | undefined;
  const right = b.variants as string[] | undefined;
  return !left || !right || left.some((variant) => right.includes(variant));
}
