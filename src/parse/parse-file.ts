import yaml from "js-yaml";
import { type ParseError as JsoncError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import { loadYaml } from "./composed-yaml.js";
import { exceededLimit } from "./document-limits.js";
import { parseHcl } from "./hcl/parse-hcl.js";
import { JsonLocator } from "./json-locator.js";
import { LineIndex } from "./line-index.js";
import type { FileFormat, Locator, ParsedFile } from "./parsed-file.js";
import { isTemplateText, renderPlaceholders } from "./template-placeholders.js";
import { YamlLocator } from "./yaml-locator.js";

const startOfFile: Locator = { locate: () => ({ line: 1, column: 1 }) };

export function parseFile(path: string, rawText: string, format: FileFormat): ParsedFile {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  switch (format) {
    case "hcl":
      return parseHcl(path, text);
    case "yaml":
    case "json": {
      const parsed = format === "yaml" ? parseYaml(path, text) : parseJson(path, text);
      return parsed.error && isTemplateText(text, format) ? parseTemplate(path, text, format) : parsed;
    }
    default:
      return { path, format, text, documents: [], locator: startOfFile };
  }
}

/**
 * A template (Terraform's `%{ if }`, a bare `${…}` in JSON, Mustache or Jinja placeholders) is no broken file:
 * what reads with its placeholders rendered in place is read (an IAM policy with `${bucket}` unresolved); a
 * template that does not read so is skipped, never a parse error. The file's text is the rendered one, line for
 * line the template's, so the documents, their positions and the text agree.
 */
function parseTemplate(path: string, text: string, format: "json" | "yaml"): ParsedFile {
  const rendered = renderPlaceholders(text, format);
  const { error, ...parsed } = format === "yaml" ? parseYaml(path, rendered) : parseJson(path, rendered);
  return { ...parsed, documents: error ? [] : parsed.documents };
}

function parseYaml(path: string, text: string): ParsedFile {
  // The read that gives the documents also records where their nodes sit: a file is read once.
  const { documents, nodes, error } = loadYaml(text, path);
  const locator = new YamlLocator(text, nodes);
  if (error !== undefined) return { path, format: "yaml", text, documents: [], locator, error: yamlError(error) };
  // Only anchors make a document a graph that can explode; js-yaml bounds nesting itself (maxDepth 100).
  const refused = nodes.hasAnchors() ? firstRefusal(documents) : undefined;
  if (refused) return { path, format: "yaml", text, documents: [], locator, error: refused };
  return { path, format: "yaml", text, documents, locator };
}

function firstRefusal(documents: unknown[]) {
  for (const [index, document] of documents.entries()) {
    const reason = exceededLimit(document);
    if (reason) return { message: `document ${index + 1} is refused: ${reason}`, line: 1, column: 1 };
  }
  return undefined;
}

function yamlError(error: unknown) {
  if (error instanceof yaml.YAMLException) {
    return { message: error.reason || "invalid YAML", line: error.mark.line + 1, column: error.mark.column + 1 };
  }
  if (error instanceof RangeError) return { message: "YAML nested too deeply to read", line: 1, column: 1 };
  return { message: error instanceof Error ? error.message : String(error), line: 1, column: 1 };
}

/** Plain JSON first (fast); comments and trailing commas are tolerated, as editors and tools do. */
function parseJson(path: string, text: string): ParsedFile {
  const locator = new JsonLocator(text);
  try {
    const document: unknown = JSON.parse(text);
    const refused = firstRefusal([document]);
    if (refused) return { path, format: "json", text, documents: [], locator, error: refused };
    return { path, format: "json", text, documents: [document], locator };
  } catch (error) {
    const errors: JsoncError[] = [];
    let value: unknown;
    try {
      value = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
    } catch {
      return { path, format: "json", text, documents: [], locator, error: deepJsonError(error) };
    }
    const first = errors[0];
    const refused = first ? undefined : firstRefusal([value]);
    if (refused) return { path, format: "json", text, documents: [], locator, error: refused };
    if (!first) return { path, format: "json", text, documents: value === undefined ? [] : [value], locator };
    const { line, column } = new LineIndex(text).position(first.offset);
    const message = `invalid JSON: ${printParseErrorCode(first.error)}`;
    return { path, format: "json", text, documents: [], locator, error: { message, line, column } };
  }
}

function deepJsonError(error: unknown) {
  const message = error instanceof RangeError ? "JSON nested too deeply to read" : String(error);
  return { message, line: 1, column: 1 };
}
