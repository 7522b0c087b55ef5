import { relative } from "node:path";
import { compileGlob, UnsafeGlobError } from "../discover/safe-glob.js";
import type { FileSystem } from "../io/file-system.js";
import { parseFile } from "../parse/parse-file.js";
import type { Config } from "./config.js";
import { type ConfigurationError, ConfigurationErrors } from "./configuration-errors.js";
import { describeSchemaErrors, type PathLocator } from "./schema-errors.js";
import { validateConfig } from "./schema-validators.js";

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
  const locate: PathLocator = (p) => parsed.locator.locate(0, p);
  const document = datesAsWritten(parsed.documents[0] ?? {}, [], (p) => writtenDate(parsed.text, locate(p)));
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    fail("the config must be a YAML mapping of settings (include, policies, waivers, …)");
  }
  // Every problem at once: the schema's, then the days and globs it cannot judge, so one fix round is enough.
  const errors = validateConfig(document)
    ? []
    : describeSchemaErrors(validateConfig.errors ?? [], file, locate, "the config");
  const config = document as Config;
  errors.push(...dateErrors(config, file, locate), ...globErrors(config, file, locate));
  if (errors.length) throw new ConfigurationErrors(errors, { config, source: { file, locate } });
  return { config, source: { file, locate } };
}

/**
 * YAML reads an unquoted `2026-06-30` as a timestamp, and rolls `2026-02-30` over to March 2nd: the config wants
 * the date as written, so an impossible day is refused instead of silently moved.
 */
function datesAsWritten(value: unknown, path: string[], written: (path: string[]) => string | undefined): unknown {
  if (value instanceof Date) {
    const text = written(path);
    if (text) return text;
    const iso = Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map((item, i) => datesAsWritten(item, [...path, String(i)], written));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, datesAsWritten(item, [...path, key], written)]),
  );
}

/** The date as written in the text a value's range covers (its key included, which holds no date). */
function writtenDate(text: string, at: { line: number; column: number; endColumn?: number }): string | undefined {
  const line = text.split("\n", at.line)[at.line - 1];
  return line?.slice(at.column - 1, at.endColumn).match(/\d{4}-\d{1,2}-\d{1,2}(?![\d:T])/)?.[0];
}

/** The schema checks the shape of a date; this checks that the day exists (no 2026-02-30, no month 13). */
function dateErrors(config: Config, file: string, locate: PathLocator): ConfigurationError[] {
  const waivers = Array.isArray(config.waivers) ? config.waivers : [];
  const dates: [string[], unknown][] = [
    [["reassessment", "lastReviewed"], config.reassessment?.lastReviewed],
    ...waivers.map((w, i): [string[], unknown] => [["waivers", String(i), "expires"], w?.expires]),
  ];
  return dates
    .filter(([, date]) => typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) && !isRealDate(date))
    .map(([path, date]) => ({
      file,
      ...locate(path),
      message: `${path.join(".")}: ${date} is not a day of the calendar`,
    }));
}

export function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * Globs arrive with the pull request: each one (include, exclude, a waiver's path) is compiled to the linear-time
 * matcher here, and a pattern it refuses is reported at its line.
 */
function globErrors(config: Config, file: string, locate: PathLocator): ConfigurationError[] {
  const listed = (field: "include" | "exclude"): [string[], unknown][] =>
    Array.isArray(config[field]) ? (config[field] ?? []).map((glob, i) => [[field, String(i)], glob]) : [];
  const waivers = Array.isArray(config.waivers) ? config.waivers : [];
  const globs: [string[], unknown][] = [
    ...listed("include"),
    ...listed("exclude"),
    ...waivers.map((w, i): [string[], unknown] => [["waivers", String(i), "path"], w?.path]),
  ];
  return globs.flatMap(([path, glob]) => {
    if (typeof glob !== "string") return [];
    try {
      compileGlob(glob);
      return [];
    } catch (error) {
      if (!(error instanceof UnsafeGlobError)) throw error;
      return [{ file, ...locate(path), message: error.message }];
    }
  });
}
