import { relative } from "node:path";
import { compileGlob, UnsafeGlobError } from "../discover/safe-glob.js";
import { ConfigurationErrors } from "../evaluate/policy.js";
import type { FileSystem } from "../io/file-system.js";
import { parseFile } from "../parse/parse-file.js";
import type { Config } from "./config.js";
import { describeSchemaErrors, type PathLocator } from "./schema-errors.js";
import { validateConfig } from "./schema-validators.generated.js";

export const CONFIG_NAMES = [".archlint.yml", ".archlint.yaml"];

/** Where the config came from: its name in messages, and the line of any of its values. */
export interface ConfigSource {
  /** Relative to the scanned root when inside it, else the path as resolved. */
  file: string;
  locate: PathLocator;
}

export interface LoadedConfig {
  config: Config;
  /** Undefined when there is no config file: the defaults apply. */
  source?: ConfigSource;
}

/** The config named explicitly, else `.archlint.yml` / `.archlint.yaml` at the root, else the defaults. */
export function loadConfig(fs: FileSystem, root: string, explicit?: string): LoadedConfig {
  const path = explicit ?? CONFIG_NAMES.map((name) => `${root}/${name}`).find((p) => fs.stat(p)?.type === "file");
  if (!path) return { config: {} };
  const inside = relative(root, path);
  const file = inside && !inside.startsWith("..") ? inside.split("\\").join("/") : path;
  const fail = (message: string, line = 1, column = 1): never => {
    throw new ConfigurationErrors([{ file, line, column, message }]);
  };
  let text = "";
  try {
    text = Buffer.from(fs.readFile(path)).toString("utf8");
  } catch (error) {
    fail(`cannot read the config: ${(error as Error).message}`);
  }
  const parsed = parseFile(file, text, "yaml");
  if (parsed.error) fail(parsed.error.message, parsed.error.line, parsed.error.column);
  if (parsed.documents.length > 1) fail("the config holds one YAML document, not several");
  const document = datesAsText(parsed.documents[0] ?? {});
  const locate: PathLocator = (p) => parsed.locator.locate(0, p);
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    fail("the config must be a YAML mapping of settings (include, policies, waivers, …)");
  }
  if (!validateConfig(document)) {
    throw new ConfigurationErrors(describeSchemaErrors(validateConfig.errors ?? [], file, locate, "the config"));
  }
  const config = document as Config;
  checkDates(config, file, locate);
  checkGlobs(config, file, locate);
  return { config, source: { file, locate } };
}

/** YAML reads an unquoted `2026-06-30` as a timestamp; the config wants the date as written. */
function datesAsText(value: unknown): unknown {
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(datesAsText);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, datesAsText(item)]));
}

/** The schema checks the shape of a date; this checks that the day exists (no 2026-02-30). */
function checkDates(config: Config, file: string, locate: PathLocator): void {
  const dates: [string[], string | undefined][] = [
    [["reassessment", "lastReviewed"], config.reassessment?.lastReviewed],
    ...(config.waivers ?? []).map((w, i): [string[], string] => [["waivers", String(i), "expires"], w.expires]),
  ];
  const errors = dates
    .filter(([, date]) => date !== undefined && !isRealDate(date))
    .map(([path, date]) => ({
      file,
      ...locate(path),
      message: `${path.join(".")}: ${date} is not a day of the calendar`,
    }));
  if (errors.length) throw new ConfigurationErrors(errors);
}

export function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** Globs arrive with the pull request: a pattern minimatch would take exponential time over is refused at its line. */
function checkGlobs(config: Config, file: string, locate: PathLocator): void {
  for (const field of ["include", "exclude"] as const) {
    const globs = config[field];
    if (!Array.isArray(globs)) continue;
    globs.forEach((glob, index) => {
      try {
        compileGlob(String(glob));
      } catch (error) {
        if (!(error instanceof UnsafeGlobError)) throw error;
        throw new ConfigurationErrors([{ file, ...locate([field, String(index)]), message: error.message }]);
      }
    });
  }
}
