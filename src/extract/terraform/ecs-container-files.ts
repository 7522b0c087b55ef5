import { posix } from "node:path";
import type { ParsedFile } from "../../parse/parsed-file.js";
import { isDict } from "../values.js";

/**
 * JSON files of the scan shaped as ECS container definitions (a list of objects with a `name` or an `image`),
 * which a task definition reads with `file()` or `templatefile()`. Only that shape is kept, so the rest of the
 * scan's JSON is not held until the modules are read.
 */
export class ContainerDefinitionFiles {
  private readonly files = new Map<string, unknown[]>();

  add(file: ParsedFile): void {
    if (file.format !== "json") return;
    const doc = file.documents[0];
    if (
      Array.isArray(doc) &&
      doc.length > 0 &&
      doc.every((item) => isDict(item) && ("name" in item || "image" in item))
    )
      this.files.set(file.path, doc);
  }

  /** The definitions of the file at a path relative to the scanned root, with that path. */
  get(path: string): { path: string; definitions: unknown[] } | undefined {
    const normalised = posix.normalize(path);
    const definitions = this.files.get(normalised);
    return definitions ? { path: normalised, definitions } : undefined;
  }
}

const FILE_CALL = /^\$\{\s*(file|templatefile)\(\s*"([^"]*)"/;
const PATH_PREFIX = /^\$\{\s*path\.(module|root|cwd)\s*\}\/?/;

/**
 * The local file a `file("…")` or `templatefile("…", {…})` call reads, relative to the scanned root, when its
 * path is a literal (optionally under `${path.module}`); undefined for any other expression, or a path that
 * leaves the scanned root.
 */
export function fileCallPath(raw: unknown, moduleDir: string, rootDir = "."): string | undefined {
  if (typeof raw !== "string") return undefined;
  const call = FILE_CALL.exec(raw.trim());
  if (!call) return undefined;
  const argument = call[2] as string;
  const prefix = PATH_PREFIX.exec(argument);
  const base = prefix && prefix[1] !== "module" ? rootDir : moduleDir;
  const rest = prefix ? argument.slice(prefix[0].length) : argument;
  if (rest.includes("${") || posix.isAbsolute(rest)) return undefined;
  const path = posix.normalize(posix.join(base, rest));
  return path.startsWith("../") || path === ".." ? undefined : path;
}
