import { posix } from "node:path";
import type { ParsedFile } from "../../parse/parsed-file.js";
import { isDict } from "../values.js";
import { expressionOf, wholeExpression } from "./references.js";

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

const FILE_FUNCTIONS = new Set(["file", "templatefile"]);

/**
 * The local file a `file("…")` or `templatefile("…", {…})` call reads, relative to the scanned root, when its
 * path is literal text (optionally after `${path.module}`, `${path.root}` or `${path.cwd}`); undefined for any
 * other expression, or a path that leaves the scanned root.
 */
export function fileCallPath(raw: unknown, moduleDir: string, rootDir = "."): string | undefined {
  const call = wholeExpression(expressionOf(raw));
  if (call?.kind !== "call" || !FILE_FUNCTIONS.has(call.name)) return undefined;
  const [argument] = call.args;
  if (argument?.kind !== "template") return undefined;
  const [first, ...others] = argument.parts;
  const prefix = first?.kind === "traversal" && first.root === "path" ? first.steps : undefined;
  const [step, ...deeper] = prefix ?? [];
  if (prefix && (step?.kind !== "attribute" || deeper.length > 0)) return undefined;
  const texts = prefix ? others : argument.parts;
  if (!texts.every((part) => part.kind === "text")) return undefined;
  const rest = texts.map((part) => (part.kind === "text" ? part.text : "")).join("");
  const base = step?.kind === "attribute" && step.name !== "module" ? rootDir : moduleDir;
  if (posix.isAbsolute(rest) && !prefix) return undefined;
  const path = posix.normalize(posix.join(base, rest));
  return path.startsWith("../") || path === ".." ? undefined : path;
}
