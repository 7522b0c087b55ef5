import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The built-in policies ship as YAML beside the code: `policies/` next to `dist/` in the action and the npm
 * package, next to `src/` in a checkout. Found by walking up from this module.
 */
export function builtinPolicyDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, "policies");
    if (statSync(candidate, { throwIfNoEntry: false })?.isDirectory()) return candidate;
    const parent = dirname(directory);
    if (parent === directory)
      throw new Error("archlint's built-in policies/ directory was not found beside the program");
    directory = parent;
  }
}
