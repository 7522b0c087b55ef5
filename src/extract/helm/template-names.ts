import type { ParsedFile } from "../../parse/parsed-file.js";
import { type Dict, isDict } from "../values.js";

/** Evidence category for the names a chart's templates may give an object of a kind: `<kind> <regexp source>`. */
export const TEMPLATE_NAME = "helm-template-name";

/** One object a template declares: its kind and its `metadata.name` as written (actions unrendered). */
export interface TemplateObject {
  kind: string;
  /** The name expression; absent when the template builds the name where a line scan cannot read it. */
  name?: string;
  line: number;
}

const KIND = /^kind:\s*["']?([A-Za-z][A-Za-z0-9]*)["']?\s*(#.*)?$/;
const NAME = /^\s+name:\s*(.+?)\s*$/;
const METADATA = /^metadata:\s*$/;
const INDENTED = /^\s/;
const ASSIGNMENT = /\{\{-?\s*(\$\w+)\s*:?=\s*(.+?)\s*-?\}\}/g;
const ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;

/**
 * The objects of a template (`lines`: its text's lines), document by document: each top-level `kind:` with the
 * name under `metadata:`.
 */
export function templateObjects(file: ParsedFile, lines: readonly string[]): TemplateObject[] {
  const objects: TemplateObject[] = [];
  let document: { kind?: string; line: number; name?: string } = { line: 0 };
  let inMetadata = false;
  const close = () => {
    if (document.kind) objects.push({ kind: document.kind, line: document.line, name: document.name });
  };
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] as string;
    if (text.startsWith("---")) {
      close();
      document = { line: 0 };
      inMetadata = false;
      continue;
    }
    // Most lines are indented: only a line that is not can start a document's kind or its metadata, or end it.
    if (!INDENTED.test(text)) {
      const kind = text.startsWith("kind") ? KIND.exec(text)?.[1] : undefined;
      if (kind && !document.kind) document = { ...document, kind, line: index + 1 };
      if (METADATA.test(text)) inMetadata = true;
      else if (text !== "" && !text.startsWith("{{")) inMetadata = false;
    } else if (inMetadata && !/^\s{3,}/.test(text)) {
      const name = NAME.exec(text)?.[1];
      if (name && document.name === undefined) document.name = resolveVariable(unquote(name), file.text);
    }
  }
  close();
  return objects;
}

/** `{{ $fullName }}` where the template assigned `{{- $fullName := include "x.fullname" . -}}`. */
function resolveVariable(name: string, text: string): string {
  if (!name.includes("$")) return name;
  const variables = new Map([...text.matchAll(ASSIGNMENT)].map((m) => [m[1] as string, m[2] as string]));
  return name.replace(ACTION, (all, expression: string) => {
    const assigned = variables.get(expression.trim());
    return assigned ? `{{ ${assigned} }}` : all;
  });
}

/**
 * The names a template's `metadata.name` can render to, as an anchored regexp: literal text as is; the chart's
 * name for `.Chart.Name`; any name containing the chart's name (or its `nameOverride`) for the `helm create`
 * helpers (`include "x.fullname" .`, `x.name`), which prefix or equal the release name; the default in
 * `values.yaml` for a `.Values` path holding a string; anything for the release name and every other action.
 */
export function namePattern(name: string | undefined, chart: string, values: Dict): string {
  if (name === undefined) return ".*";
  const chartName = typeof values.nameOverride === "string" && values.nameOverride ? values.nameOverride : chart;
  let pattern = "";
  let last = 0;
  for (const match of name.matchAll(ACTION)) {
    pattern += escapeRegExp(name.slice(last, match.index));
    pattern += actionPattern((match[1] as string).trim(), chartName, values);
    last = (match.index ?? 0) + match[0].length;
  }
  return pattern + escapeRegExp(name.slice(last));
}

function actionPattern(action: string, chart: string, values: Dict): string {
  if (/^\.Chart\.Name$/.test(action)) return escapeRegExp(chart);
  if (/^(include|template)\s+"[^"]*\.(fullname|name)"/.test(action)) return `.*${escapeRegExp(chart)}.*`;
  const path = /^\.Values\.([\w.]+)$/.exec(action)?.[1];
  const value = path ? valueAt(values, path.split(".")) : undefined;
  return typeof value === "string" && value !== "" ? escapeRegExp(value) : ".*";
}

function valueAt(root: Dict, path: string[]): unknown {
  let node: unknown = root;
  for (const key of path) node = isDict(node) ? node[key] : undefined;
  return node;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const unquote = (text: string) => text.replace(/^(["'])(.*)\1$/, "$2");
