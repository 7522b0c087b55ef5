import { posix } from "node:path";
import type { PolicySource } from "../evaluate/load-policies.js";
import type { FileSystem } from "../io/file-system.js";
import type { ConfigurationError } from "./configuration-errors.js";
import type { LoadedConfig } from "./load-config.js";

/** Where a repository keeps its own policies, beside any `policyPaths` its config names. */
export const CUSTOM_POLICY_DIRECTORY = ".archlint/policies";

/**
 * The folders of a repository's own policies: `.archlint/policies/` when it exists, and each `policyPaths`
 * entry, which must be a folder inside the scanned root (a config never makes archlint read elsewhere).
 */
export function customPolicySources(
  fs: FileSystem,
  root: string,
  { config, source }: LoadedConfig,
): { sources: PolicySource[]; errors: ConfigurationError[] } {
  const realRoot = fs.realPath(root) ?? root;
  const sources: PolicySource[] = [];
  const errors: ConfigurationError[] = [];
  const seen = new Set<string>();
  const add = (relative: string, required: boolean, index?: number) => {
    const normalized = posix.normalize(relative.split("\\").join("/")).replace(/\/+$/, "");
    const fail = (message: string) => {
      const at = source?.locate(["policyPaths", String(index)]) ?? { line: 1, column: 1 };
      errors.push({ file: source?.file ?? ".archlint.yml", ...at, message });
    };
    if (posix.isAbsolute(normalized) || normalized === ".." || normalized.startsWith("../")) {
      fail(`policyPaths: "${relative}" is outside the scanned root; give a folder inside it`);
      return;
    }
    const directory = normalized === "." ? realRoot : `${realRoot}/${normalized}`;
    const real = fs.realPath(directory);
    if (!real || fs.stat(real)?.type !== "directory") {
      if (required) fail(`policyPaths: "${relative}" is not a folder under the scanned root`);
      return;
    }
    if (real !== realRoot && !real.startsWith(`${realRoot}/`)) {
      fail(`policyPaths: "${relative}" leads outside the scanned root (through a symlink)`);
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    sources.push({ directory: real, displayPrefix: normalized === "." ? "" : `${normalized}/`, builtin: false });
  };
  add(CUSTOM_POLICY_DIRECTORY, false);
  (config.policyPaths ?? []).forEach((path, index) => {
    add(path, true, index);
  });
  return { sources, errors };
}
