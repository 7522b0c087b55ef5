import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { escape as escapeGlob } from "minimatch";
import type { Config } from "../config/config.js";
import type { LoadedPolicy } from "../evaluate/policy.js";
import type { FileSystem } from "../io/file-system.js";
import { UsageError } from "./arguments.js";

/** What `scan` reads: a folder, or one manifest (`file`, relative to `root`). */
export interface ScanTarget {
  root: string;
  file?: string;
}

/**
 * A file is scanned from the working directory when it lies inside it, so its path, the config and the waivers
 * read as they do for a whole-repository scan (pre-commit and editors pass paths from the repository root);
 * a file elsewhere is scanned from its own folder.
 */
export function scanTarget(fs: FileSystem, path: string, cwd: string): ScanTarget {
  const absolute = resolve(cwd, path);
  const type = fs.stat(absolute)?.type;
  if (type === "directory") return { root: absolute };
  if (type !== "file") throw new UsageError(`${path} is not a directory or a file`);
  const inside = relative(cwd, absolute);
  const root = inside && !inside.startsWith("..") && !isAbsolute(inside) ? cwd : dirname(absolute);
  return { root, file: relative(root, absolute).split(sep).join("/") };
}

/**
 * The config of a one-file scan: that file alone, and no repository-level policy, which judges a whole
 * repository (its IaC, pipelines, team) and would misjudge it from one file.
 */
export function singleFileConfig(config: Config, file: string, policies: LoadedPolicy[]): Config {
  const repositoryWide = policies.filter((p) => p.subject === "repository").map((p) => [p.id, "off"] as const);
  return {
    ...config,
    include: [escapeGlob(file)],
    policies: { ...config.policies, ...Object.fromEntries(repositoryWide) },
  };
}
