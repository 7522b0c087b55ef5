import { posix } from "node:path";
import yaml from "js-yaml";
import type { DiscoveredFile } from "../discover/discover.js";
import { isSecretFile } from "../discover/manifest-names.js";
import { type Finding, PARSE_ERROR } from "../evaluate/finding.js";
import { chartOfTemplate } from "../extract/helm/templates.js";
import type { FileSystem } from "../io/file-system.js";
import type { Entity } from "../model/types.js";
import { parseFile } from "../parse/parse-file.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import { TemplateLocator, type ValuesText } from "../parse/template-locator.js";

export type RenderOutcome = { text: string } | { error: string };

/** `helm template`, run by the shell. The chart's folder and the values files are absolute paths inside the root. */
export type ChartRenderer = (chart: { directory: string; release: string; valuesFiles: string[] }) => RenderOutcome;

/** A renderer from the shell, or why there is none. */
export type HelmRendering = { render: ChartRenderer } | { unavailable: "not-installed" | "turned-off" };

export interface HelmChartStatus {
  /** The chart's folder, relative to the root. */
  chart: string;
  rendered: boolean;
  /** Why it was read from values.yaml only. */
  reason?: string;
}

export interface HelmCharts {
  /** The rendered documents, one file per template that produced any, located in that template. */
  files: ParsedFile[];
  /** Whether a discovered file is a template or values.yaml of a rendered chart (its rendering replaces it). */
  replaces(file: DiscoveredFile): boolean;
  charts: HelmChartStatus[];
  /** One notice per chart that failed to render, on its Chart.yaml. */
  notices: Finding[];
}

const UNAVAILABLE = {
  "not-installed": "helm is not on PATH",
  "turned-off": "rendering turned off (--no-helm)",
};

const NOTE = "as rendered by helm template";

/**
 * Each chart (a Chart.yaml not inside another chart's `charts/`) rendered by the shell's renderer, with its own
 * values and the values files the config names for it. A chart that fails to render is read from values.yaml as
 * without helm, with a notice saying why. Without a renderer nothing changes but the charts' statuses.
 */
export function renderHelmCharts(
  fs: FileSystem,
  root: string,
  files: DiscoveredFile[],
  rendering: HelmRendering | undefined,
  valuesFiles: Record<string, string[]> = {},
): HelmCharts {
  const none: HelmCharts = { files: [], replaces: () => false, charts: [], notices: [] };
  if (!rendering) return none;
  const folders = topLevelCharts(files);
  if ("unavailable" in rendering) {
    const reason = UNAVAILABLE[rendering.unavailable];
    return { ...none, charts: folders.map((chart) => ({ chart, rendered: false, reason })) };
  }
  const render = rendering.render;
  const paths = new Set(files.map((file) => file.path));
  const text = (path: string) => readText(fs, `${root}/${path}`);
  const result: HelmCharts = { ...none, files: [] };
  const rendered = new Set<string>();
  for (const folder of folders) {
    const chartFile = inFolder(folder, "Chart.yaml");
    const outcome = renderChart(folder, chartFile);
    if ("error" in outcome) {
      result.charts.push({ chart: folder, rendered: false, reason: outcome.error });
      result.notices.push(notice(folder, chartFile, outcome.error));
      continue;
    }
    rendered.add(folder);
    result.charts.push({ chart: folder, rendered: true });
    result.files.push(...outcome.files);
  }
  result.replaces = (file) => {
    const chart =
      file.format === "helm-template"
        ? chartOfTemplate(file.path)
        : posix.basename(file.path) === "values.yaml"
          ? posix.dirname(file.path)
          : undefined;
    return chart !== undefined && [...rendered].some((folder) => chart === folder || isSubchart(chart, folder));
  };
  return result;

  function renderChart(folder: string, chartFile: string): { files: ParsedFile[] } | { error: string } {
    const named = configuredValues(valuesFiles, folder);
    const problem = named.map((file) => valuesFileProblem(fs, root, file)).find(Boolean);
    if (problem) return { error: problem };
    const outcome = render({
      directory: folder === "." ? root : `${root}/${folder}`,
      release: chartName(text(chartFile)) ?? posix.basename(folder === "." ? root : folder),
      valuesFiles: named.map((file) => `${root}/${file}`),
    });
    if ("error" in outcome) return outcome;
    const values = lazyValues([inFolder(folder, "values.yaml"), ...named], text);
    const bySource = new Map<string, string[]>();
    for (const { source, body } of renderedDocuments(outcome.text)) {
      const path = sourcePath(source, folder, chartFile);
      if (path === undefined) continue;
      bySource.set(path, [...(bySource.get(path) ?? []), body]);
    }
    return {
      files: [...bySource].map(([path, bodies]) => renderedFile(path, bodies, text(path) ?? "", values)),
    };
  }

  /** A template's file; a subchart packed in an archive answers on the chart's Chart.yaml; excluded files on none. */
  function sourcePath(source: string, folder: string, chartFile: string): string | undefined {
    const path = posix.normalize(inFolder(folder, source.split("/").slice(1).join("/")));
    if (paths.has(path)) return path;
    // A header a template wrote itself may name anything: only a path inside the chart is looked at.
    const inside = !path.split("/").includes("..") && (folder === "." || path.startsWith(`${folder}/`));
    return inside && fs.stat(`${root}/${path}`) ? undefined : chartFile;
  }
}

/** Chart folders, leaving out the subcharts a chart vendors in its `charts/` (rendered with it). */
function topLevelCharts(files: DiscoveredFile[]): string[] {
  const folders = files.filter((f) => posix.basename(f.path) === "Chart.yaml").map((f) => posix.dirname(f.path));
  return folders.filter((folder) => !folders.some((other) => isSubchart(folder, other))).sort();
}

const isSubchart = (folder: string, chart: string) => folder.startsWith(inFolder(chart, "charts/"));

const inFolder = (folder: string, name: string) => (folder === "." ? name : `${folder}/${name}`);

function configuredValues(valuesFiles: Record<string, string[]>, folder: string): string[] {
  for (const [chart, files] of Object.entries(valuesFiles)) {
    if (posix.normalize(chart.replace(/\/+$/, "") || ".") === folder) return files.map((f) => posix.normalize(f));
  }
  return [];
}

/** A values file the config names must be a readable, non-secret file inside the root. */
function valuesFileProblem(fs: FileSystem, root: string, file: string): string | undefined {
  if (posix.isAbsolute(file) || file === ".." || file.startsWith("../"))
    return `the values file ${file} named in the config is outside the scanned folder`;
  if (isSecretFile(posix.basename(file))) return `the values file ${file} may hold secrets: archlint does not read it`;
  const real = fs.realPath(`${root}/${file}`);
  const realRoot = fs.realPath(root) ?? root;
  if (!real || fs.stat(real)?.type !== "file") return `the values file ${file} named in the config does not exist`;
  if (real !== realRoot && !real.startsWith(`${realRoot}/`))
    return `the values file ${file} named in the config links outside the scanned folder`;
  return undefined;
}

function chartName(text: string | undefined): string | undefined {
  try {
    const doc = text === undefined ? undefined : yaml.load(text, { json: true });
    const name = doc && typeof doc === "object" ? (doc as Record<string, unknown>).name : undefined;
    return typeof name === "string" && /^[A-Za-z0-9][\w.-]*$/.test(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Helm's output: documents after `---`, each headed by `# Source: <chart>/templates/<file>`. */
export function renderedDocuments(text: string): { source: string; body: string }[] {
  const documents: { source: string; body: string }[] = [];
  let source: string | undefined;
  let lines: string[] = [];
  const close = () => {
    const content = lines.some((line) => line.trim() !== "" && !line.trimStart().startsWith("#"));
    if (source && content) documents.push({ source, body: lines.join("\n") });
    source = undefined;
    lines = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^---(\s|$)/.test(line)) {
      close();
      continue;
    }
    const header = /^# Source: (.+?)\s*$/.exec(line)?.[1];
    if (header && source === undefined && lines.every((l) => l.trim() === "")) source = header;
    lines.push(line);
  }
  close();
  return documents;
}

function renderedFile(path: string, bodies: string[], template: string, values: () => ValuesText[]): ParsedFile {
  const parsed = parseFile(path, bodies.map((body) => `---\n${body}\n`).join(""), "yaml");
  return {
    path,
    format: "yaml",
    text: template,
    documents: parsed.documents,
    locator: new TemplateLocator(template, parsed.documents.map(kindOf), values),
    ...(parsed.error ? { error: { ...parsed.error, message: `its rendering: ${parsed.error.message}`, line: 1 } } : {}),
  };
}

function kindOf(document: unknown): string | undefined {
  const kind = document && typeof document === "object" ? (document as Record<string, unknown>).kind : undefined;
  return typeof kind === "string" ? kind : undefined;
}

function lazyValues(files: string[], text: (path: string) => string | undefined): () => ValuesText[] {
  let values: ValuesText[] | undefined;
  return () => {
    values ??= files.flatMap((file) => {
      const content = text(file);
      return content === undefined ? [] : [{ file, text: content }];
    });
    return values;
  };
}

function readText(fs: FileSystem, path: string): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(fs.readFile(path));
  } catch {
    return undefined;
  }
}

function notice(chart: string, chartFile: string, reason: string): Finding {
  return {
    policy: PARSE_ERROR,
    severity: "notice",
    title: "Helm chart could not be rendered",
    message: `${chart} could not be rendered by helm template (${reason}): read from values.yaml only`,
    subject: { kind: "file", name: chartFile },
    ref: { file: chartFile, doc: 0, path: [] },
    field: "helm",
    location: { file: chartFile, line: 1, column: 1 },
  };
}

/** Every value of an entity read from a rendering says so, on whichever field a finding points at. */
export function noteRendered(entities: Entity[], files: ParsedFile[]): void {
  const paths = new Set(files.map((file) => file.path));
  for (const entity of entities) {
    if (!paths.has(entity.source.file)) continue;
    for (const [field, origin] of Object.entries(entity.origins))
      entity.origins[field] = { ...origin, note: origin.note ? `${origin.note}; ${NOTE}` : NOTE };
    entity.origins[""] ??= { ref: entity.ref, note: NOTE };
  }
}
