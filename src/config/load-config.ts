import { basename } from "node:path";
import { compileGlob, UnsafeGlobError } from "../discover/safe-glob.js";
import { ConfigurationErrors } from "../evaluate/policy.js";
import type { FileSystem } from "../io/file-system.js";
import { parseFile } from "../parse/parse-file.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import type { Config } from "./config.js";

export const CONFIG_NAMES = [".archlint.yml", ".archlint.yaml"];

export interface LoadedConfig {
  config: Config;
  /** The file it came from, relative to the root when inside it; undefined when there is none. */
  file?: string;
}

/** The config named explicitly, else `.archlint.yml` / `.archlint.yaml` at the root, else the defaults. */
export function loadConfig(fs: FileSystem, root: string, explicit?: string): LoadedConfig {
  const path = explicit ?? CONFIG_NAMES.map((name) => `${root}/${name}`).find((p) => fs.stat(p)?.type === "file");
  if (!path) return { config: {} };
  const display = explicit ?? basename(path);
  let text: string;
  try {
    text = Buffer.from(fs.readFile(path)).toString("utf8");
  } catch (error) {
    throw new ConfigurationErrors([
      { file: display, line: 1, column: 1, message: `cannot read the config: ${(error as Error).message}` },
    ]);
  }
  const parsed = parseFile(display, text, "yaml");
  if (parsed.error) throw new ConfigurationErrors([{ file: display, ...parsed.error }]);
  const document = parsed.documents[0] ?? {};
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new ConfigurationErrors([
      { file: display, line: 1, column: 1, message: "the config must be a YAML mapping" },
    ]);
  }
  checkGlobs(parsed, display, document as Config);
  return { config: document as Config, file: display };
}

/** A glob that could hang the scan is refused here, at its line, rather than in the middle of the walk. */
function checkGlobs(parsed: ParsedFile, display: string, config: Config): void {
  for (const field of ["include", "exclude"] as const) {
    const globs = config[field];
    if (!Array.isArray(globs)) continue;
    globs.forEach((glob, index) => {
      try {
        compileGlob(String(glob));
      } catch (error) {
        if (!(error instanceof UnsafeGlobError)) throw error;
        const { line, column } = parsed.locator.locate(0, [field, index]);
        throw new ConfigurationErrors([{ file: display, line, column, message: error.message }]);
      }
    });
  }
}
