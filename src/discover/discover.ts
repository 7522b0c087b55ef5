import { posix } from "node:path";
import ignore, { type Ignore } from "ignore";
import type { FileSystem } from "../io/file-system.js";
import { CI_SYSTEMS } from "../knowledge/delivery-catalog.js";
import type { SetAsideFile } from "../model/types.js";
import type { FileFormat } from "../parse/parsed-file.js";
import { namedByInclude, setAsideRole } from "./deployment-role.js";
import { formatOf, isScript, SKIPPED_DIRECTORIES } from "./manifest-names.js";
import { compileGlob } from "./safe-glob.js";

export interface DiscoverOptions {
  /** Absolute path of the scanned root. */
  root: string;
  include?: string[];
  exclude?: string[];
  maxFileBytes?: number;
}

export interface DiscoveredFile {
  /** POSIX, relative to the root. */
  path: string;
  format: FileFormat;
  size: number;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /** Files read as not part of the deployed system (examples, add-ons, tests): not judged, listed in reports. */
  setAside: SetAsideFile[];
  /** The set-aside examples and add-ons themselves: the deployment when nothing else deploys (see engine/scan). */
  optional: DiscoveredFile[];
}

export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

interface ScopedIgnore {
  base: string;
  rules: Ignore;
}

/** Walks the root: .gitignore files apply below their folder; symlinks never lead out of the root. */
export function discover(fs: FileSystem, options: DiscoverOptions): Discovery {
  const root = fs.realPath(options.root) ?? options.root;
  // No include list means every file: nothing to match.
  const include = options.include?.length ? options.include.map(compileGlob) : undefined;
  const exclude = (options.exclude ?? []).map(compileGlob);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  const otherScripts: DiscoveredFile[] = [];

  const excluded = (path: string, isDirectory: boolean) =>
    exclude.some((m) => m.match(path) || (isDirectory && m.match(`${path}/`)));
  const ignoredByGit = (scopes: ScopedIgnore[], path: string, isDirectory: boolean) =>
    scopes.some(({ base, rules }) => {
      const relative = base ? path.slice(base.length + 1) : path;
      return relative !== "" && rules.ignores(isDirectory ? `${relative}/` : relative);
    });

  const walk = (directory: string, scopes: ScopedIgnore[]) => {
    const absolute = directory ? `${root}/${directory}` : root;
    let entries: ReturnType<FileSystem["readDirectory"]>;
    try {
      entries = fs.readDirectory(absolute).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      skipped.push({ path: directory || ".", reason: `cannot read directory: ${(error as Error).message}` });
      return;
    }
    const gitignore = entries.find((e) => e.name === ".gitignore" && e.type === "file");
    const localScopes = gitignore ? [...scopes, readGitignore(fs, absolute, directory)] : scopes;

    for (const entry of entries) {
      const path = directory ? `${directory}/${entry.name}` : entry.name;
      if (entry.type === "directory") {
        if (SKIPPED_DIRECTORIES.has(entry.name) || excluded(path, true) || ignoredByGit(localScopes, path, true))
          continue;
        walk(path, localScopes);
        continue;
      }
      const format = formatOf(entry.name, path);
      const script = !format && isScript(entry.name);
      if ((!format && !script) || excluded(path, false) || (include && !include.some((m) => m.match(path)))) continue;
      if (ignoredByGit(localScopes, path, false)) continue;
      const size = sizeInsideRoot(fs, root, `${absolute}/${entry.name}`, entry.type);
      if (typeof size === "string") skipped.push({ path, reason: size });
      else if (size > maxBytes) skipped.push({ path, reason: `${size} bytes, above the ${maxBytes}-byte cap` });
      else if (format) files.push({ path, format, size });
      else otherScripts.push({ path, format: "script", size });
    }
  };
  walk("", []);
  files.push(...scriptsPipelinesRun(fs, root, files, otherScripts));
  return { ...setAside(markHelmTemplates(files), options.include ?? []), skipped };
}

/**
 * Examples, add-ons and tests leave the files judged, unless `include` names them. The marks are read below the
 * root only, and a root holding nothing else (a scanned `examples/` collection, a test suite) is judged whole: a
 * scan never ends up empty because of them.
 */
function setAside(files: DiscoveredFile[], include: string[]): Pick<Discovery, "files" | "setAside" | "optional"> {
  const kept: DiscoveredFile[] = [];
  const aside: SetAsideFile[] = [];
  const optional: DiscoveredFile[] = [];
  for (const file of files) {
    const role = setAsideRole(file.path);
    if (!role || namedByInclude(role, include)) {
      kept.push(file);
      continue;
    }
    aside.push({ path: file.path, role: role.role, reason: role.reason });
    if (role.role === "optional") optional.push(file);
  }
  return kept.length === 0 ? { files, setAside: [], optional: [] } : { files: kept, setAside: aside, optional };
}

/**
 * Scripts outside the usual folders that a CI pipeline names (`run: ./gke/create.sh`, by file name): read like
 * the others. Pipelines are read here only when such scripts exist.
 */
function scriptsPipelinesRun(
  fs: FileSystem,
  root: string,
  files: DiscoveredFile[],
  scripts: DiscoveredFile[],
): DiscoveredFile[] {
  if (scripts.length === 0) return [];
  const pipelines = files
    .filter((file) => CI_SYSTEMS.some(({ path }) => path.test(file.path)))
    .map((file) => Buffer.from(fs.readFile(`${root}/${file.path}`)).toString("utf8"));
  return scripts.filter((script) => pipelines.some((text) => text.includes(posix.basename(script.path))));
}

/** The size of a regular file, or why it is not read (a symlink that leaves the root, a directory link, …). */
function sizeInsideRoot(fs: FileSystem, root: string, absolute: string, type: string): number | string {
  if (type === "symlink") {
    const target = fs.realPath(absolute);
    if (!target) return "broken or looping symlink";
    if (target !== root && !target.startsWith(`${root}/`)) return "symlink to a file outside the scanned root";
  } else if (type !== "file") {
    return "not a regular file";
  }
  const stats = fs.stat(absolute);
  if (stats?.type !== "file") return "not a regular file";
  return stats.size;
}

function readGitignore(fs: FileSystem, absolute: string, directory: string): ScopedIgnore {
  const text = Buffer.from(fs.readFile(`${absolute}/.gitignore`)).toString("utf8");
  return { base: directory, rules: ignore().add(text) };
}

/** A file below `<chart>/templates/` is a Helm template when `<chart>/Chart.yaml` exists. */
function markHelmTemplates(files: DiscoveredFile[]): DiscoveredFile[] {
  const charts = new Set(
    files.filter((f) => posix.basename(f.path) === "Chart.yaml").map((f) => posix.dirname(f.path)),
  );
  if (charts.size === 0) return files;
  return files.map((file) => {
    const parts = file.path.split("/");
    const index = parts.lastIndexOf("templates");
    const chart = index < 0 ? undefined : parts.slice(0, index).join("/") || ".";
    return chart !== undefined && charts.has(chart) ? { ...file, format: "helm-template" } : file;
  });
}
