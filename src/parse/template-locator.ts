import yaml from "js-yaml";
import type { DocPath } from "../model/types.js";
import type { Locator } from "./parsed-file.js";
import { YamlLocator } from "./yaml-locator.js";

/** A values file a chart was rendered with: where a value set there is found when its template builds the key. */
export interface ValuesText {
  file: string;
  text: string;
}

const ACTION_ONLY = /^\s*\{\{.*\}\}\s*$/;
const VALUES_REFERENCE = /\.Values((?:\.[A-Za-z_][\w-]*)+)/;

interface Step {
  line: number;
  column: number;
  /** Keys below this one sit deeper than this column. */
  indent: number;
}

/**
 * Positions in a Helm template for paths of the documents it rendered to. The template is not YAML, but its
 * literal keys mostly are: each key of the path is looked for below the previous one, deeper than it, within its
 * block (lines holding only a template action are passed over), and the n-th item of a sequence is the n-th dash at
 * one column. Where the path goes on below what the template writes literally (`resources:` followed by
 * `{{ toYaml .Values.resources }}`), the value is found in the last values file that sets it; else the deepest
 * key found answers, else the first line of the template's document.
 */
export class TemplateLocator implements Locator {
  private lines?: string[];
  private readonly parsedValues = new Map<string, unknown>();

  /** `kinds`: the kind of each rendered document, in order (Helm sorts them by kind, not as the template has them). */
  constructor(
    private readonly template: string,
    private readonly kinds: (string | undefined)[],
    private readonly values: () => ValuesText[],
  ) {}

  locate(doc: number, path: DocPath) {
    this.lines ??= this.template.split(/\r?\n/);
    const lines = this.lines;
    const { start, end } = documentLines(lines, this.kinds, doc);
    const steps = walk(lines, start, end, path);
    const last = steps.at(-1);
    if (steps.length < path.length) {
      const inValues = this.inValues(lines, last?.line ?? start, end, path.slice(steps.length));
      if (inValues) return inValues;
    }
    return last ? { line: last.line + 1, column: last.column + 1 } : { line: start + 1, column: 1 };
  }

  /** The rest of the path, found in a values file when the template reads `.Values.x` on or right below `line`. */
  private inValues(lines: string[], line: number, end: number, rest: DocPath) {
    const reference = valuesReference(lines, line, end);
    if (!reference) return undefined;
    const path = [...reference, ...rest];
    for (const { file, text } of [...this.values()].reverse()) {
      if (!this.parsedValues.has(file)) this.parsedValues.set(file, loadValues(text));
      if (!holds(this.parsedValues.get(file), path)) continue;
      return { file, ...new YamlLocator(text).locate(0, path) };
    }
    return undefined;
  }
}

/**
 * The lines of the template's literal document (`---` separated) a rendered document came from: the n-th of its
 * kind for the n-th rendered document of that kind; the whole template when no literal document declares it.
 */
function documentLines(lines: string[], kinds: (string | undefined)[], doc: number): { start: number; end: number } {
  const segments: { start: number; end: number; kind?: string }[] = [{ start: 0, end: lines.length }];
  lines.forEach((text, index) => {
    const current = segments.at(-1) as { start: number; end: number; kind?: string };
    if (/^---(\s|$)/.test(text)) {
      current.end = index;
      segments.push({ start: index + 1, end: lines.length });
    } else current.kind ??= /^kind:\s*["']?(\w+)/.exec(text)?.[1];
  });
  const kind = kinds[doc];
  const nth = kinds.slice(0, doc).filter((k) => k === kind).length;
  const ofKind = segments.filter((segment) => segment.kind === kind);
  return ofKind[nth] ?? ofKind[0] ?? { start: 0, end: lines.length };
}

function walk(lines: string[], start: number, end: number, path: DocPath): Step[] {
  const steps: Step[] = [];
  for (const key of path) {
    const previous = steps.at(-1);
    const from = previous?.line ?? start - 1;
    const step =
      typeof key === "number"
        ? findItem(lines, from, end, previous?.indent ?? -1, key)
        : findKey(lines, from, end, previous, String(key));
    if (!step) break;
    steps.push(step);
  }
  return steps;
}

const isPassedOver = (text: string) => text.trim() === "" || text.trimStart().startsWith("#") || ACTION_ONLY.test(text);
const indentOf = (text: string) => text.length - text.trimStart().length;

function findKey(lines: string[], from: number, end: number, parent: Step | undefined, key: string): Step | undefined {
  const pattern = new RegExp(`^(\\s*(?:-\\s+)*)(["']?)${escapeRegExp(key)}\\2\\s*:(\\s|$)`);
  const parentIndent = parent?.indent ?? -1;
  // On a sequence item, its first key sits on the dash's own line.
  const first = parent && isItem(lines[from] ?? "") && parent.column === indentOf(lines[from] ?? "") ? from : from + 1;
  for (let index = Math.max(first, 0); index < end; index++) {
    const text = lines[index] ?? "";
    if (isPassedOver(text)) continue;
    const match = pattern.exec(text);
    const keyColumn = match?.[1]?.length ?? -1;
    if (match && keyColumn > parentIndent) return { line: index, column: keyColumn, indent: keyColumn };
    if (index > from && indentOf(text) <= parentIndent) return undefined;
  }
  return undefined;
}

const isItem = (text: string) => /^\s*-(\s|$)/.test(text);

function findItem(lines: string[], from: number, end: number, parentIndent: number, item: number): Step | undefined {
  let column: number | undefined;
  let count = -1;
  for (let index = from + 1; index < end; index++) {
    const text = lines[index] ?? "";
    if (isPassedOver(text)) continue;
    const indent = indentOf(text);
    if (isItem(text) && indent >= parentIndent && (column === undefined || indent === column)) {
      column = indent;
      count += 1;
      if (count === item) return { line: index, column: indent, indent };
    } else if (indent <= parentIndent || (column !== undefined && indent < column)) return undefined;
  }
  return undefined;
}

/** `a.b` of `.Values.a.b`, on the key's line or the action lines right below it. */
function valuesReference(lines: string[], line: number, end: number): string[] | undefined {
  for (let index = line; index < end; index++) {
    const text = lines[index] ?? "";
    const found = VALUES_REFERENCE.exec(text)?.[1];
    if (found) return found.slice(1).split(".");
    if (index > line && !ACTION_ONLY.test(text) && text.trim() !== "") return undefined;
  }
  return undefined;
}

function loadValues(text: string): unknown {
  try {
    return yaml.load(text, { json: true });
  } catch {
    return undefined;
  }
}

function holds(values: unknown, path: DocPath): boolean {
  let node = values;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !(String(key) in node)) return false;
    node = (node as Record<string, unknown>)[String(key)];
  }
  return true;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
