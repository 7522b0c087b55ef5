import { isAbsolute, relative, resolve, sep } from "node:path";
import type { FileSystem } from "../io/file-system.js";

/**
 * The folder the `path` input names, or why it cannot be scanned: a path that does not exist would scan nothing
 * and pass, and one that leaves the workspace (`../..`, or a symlink out of it) would read what is not the
 * repository. Both fail the step.
 */
export function resolveScanRoot(
  fs: FileSystem,
  workspace: string,
  input: string,
): { root: string } | { problem: string } {
  const root = resolve(workspace, input || ".");
  const realWorkspace = fs.realPath(workspace) ?? resolve(workspace);
  if (!inside(realWorkspace, fs.realPath(root) ?? root) || !inside(resolve(workspace), root)) {
    return { problem: `path "${input}" is outside the workspace (${workspace}); archlint scans only the checkout` };
  }
  const entry = fs.stat(root);
  if (!entry) return { problem: `path "${input}" does not exist in the workspace (${workspace})` };
  if (entry.type !== "directory") return { problem: `path "${input}" is not a folder` };
  return { root };
}

function inside(parent: string, child: string): boolean {
  const path = relative(parent, child);
  return path.split(sep)[0] !== ".." && !isAbsolute(path);
}
