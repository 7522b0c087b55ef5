import { basename, isAbsolute, posix } from "node:path";
import type { Config, PolicySetting } from "../config/config.js";
import type { PathLocator } from "../config/schema-errors.js";
import { type DiscoveredFile, type Discovery, discover, type SkippedFile } from "../discover/discover.js";
import type { CompiledPolicy } from "../evaluate/compile.js";
import { evaluate } from "../evaluate/evaluate.js";
import { type Finding, PARSE_ERROR } from "../evaluate/finding.js";
import { ADAPTERS } from "../extract/adapters.js";
import { type ExtractionFailure, Extractor } from "../extract/extract.js";
import { HELM_RENDERED } from "../extract/helm/templates.js";
import type { FileSystem } from "../io/file-system.js";
import { type LinkContext, link } from "../link/link.js";
import type { Model, SetAsideFile } from "../model/types.js";
import { severityRank } from "../model/types.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import { type Suppression, suppress } from "../suppress/suppress.js";
import { collapseInstances } from "./collapse-instances.js";
import { type HelmChartStatus, type HelmRendering, noteRendered, renderHelmCharts } from "./helm-charts.js";
import { isOwnOutput } from "./own-output.js";
import { readAndParse } from "./read-file.js";
import { mergeAcrossSystems } from "./system-findings.js";
import { mergeAcrossVariants } from "./variant-findings.js";

export interface ScanOptions {
  root: string;
  fs: FileSystem;
  policies: CompiledPolicy[];
  now: Date;
  include?: string[];
  exclude?: string[];
  maxFileBytes?: number;
  /** The team's settings: waivers and ignore rules for the suppress stage, declared facts for link. */
  config?: Config;
  /** The config's name, relative to the root when inside it (waivers cite it; repository findings may point at it). */
  configFile?: string;
  /** Where a value of the config file sits (an unused waiver is reported on its line). */
  locateInConfig?: PathLocator;
  /** Every policy id that exists, including those the config turns off (an ignore naming one is no typo). */
  policyIds?: string[];
  /** What the shell knows beyond the files: git history, the last reassessment issue's date, AWS's actions. */
  repository?: Pick<LinkContext, "gitHistory" | "lastReassessment" | "awsActions">;
  /** How Helm charts are rendered (`helm template`, run by the shell), or why they are not; absent: not asked. */
  helm?: HelmRendering;
  /** Called after each file is read, for a progress line on a terminal. */
  onProgress?: (done: number, total: number) => void;
}

export interface ScanResult {
  findings: Finding[];
  suppressed: Suppression[];
  model: Model;
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /** Files not judged as the deployed system (examples, add-ons, tests, unused Kustomize components). */
  setAside: SetAsideFile[];
  /** Each Helm chart, rendered or read from values.yaml only (absent when the shell did not say how to render). */
  helmCharts?: HelmChartStatus[];
  /** Examples and add-ons judged as the deployment because nothing else deploys anything: how many, and why aside. */
  optionalJudged?: { files: number; reasons: string[] };
}

/**
 * The pipeline: discover, parse, extract, link, evaluate, locate each finding on its exact line, suppress, and
 * merge one problem's findings across deployment variants. Examples and add-ons are set aside, unless nothing
 * else deploys anything: then they are the deployment (a project that keeps its manifests in `examples/`).
 */
export function scan(options: ScanOptions): ScanResult {
  const discovery = discover(options.fs, options);
  const result = judge(options, discovery);
  if (discovery.optional.length === 0 || deploysAnything(result.model)) return result;
  const folders = [...new Set(discovery.setAside.filter((f) => f.role === "optional").map((f) => f.reason))];
  const whole: Discovery = {
    ...discovery,
    files: [...discovery.files, ...discovery.optional].sort((a, b) => (a.path < b.path ? -1 : 1)),
    setAside: discovery.setAside.filter((file) => file.role !== "optional"),
    optional: [],
  };
  return { ...judge(options, whole), optionalJudged: { files: discovery.optional.length, reasons: folders } };
}

/** Any object a manifest declares (a workload, a function, a Service, a gateway, a queue …), not just the repository. */
const deploysAnything = (model: Model) => model.entities.some((e) => e.kind !== "repository");

function judge(options: ScanOptions, discovery: Discovery): ScanResult {
  const { fs, root } = options;
  const extractor = new Extractor(ADAPTERS);
  const parsed = new Map<string, ParsedFile>();
  const parseErrors: Finding[] = [];
  const ownOutputs = new Set<string>();
  const config = options.config ?? {};
  const helm = renderHelmCharts(fs, root, discovery.files, options.helm, config.helm?.valuesFiles);
  discovery.files.forEach((file, index) => {
    const result = readAndParse(fs, root, file);
    if (isOwnOutput(result)) ownOutputs.add(file.path);
    else if (result.error) parseErrors.push(parseErrorFinding(result));
    else if (!helm.replaces(file)) extractor.add(result);
    result.documents = [];
    if (!ownOutputs.has(file.path)) parsed.set(file.path, result);
    options.onProgress?.(index + 1, discovery.files.length);
  });
  for (const file of helm.files) {
    if (file.error) parseErrors.push(parseErrorFinding(file));
    else extractor.add(file);
    parsed.set(file.path, { ...file, documents: [] });
  }
  const extracted = extractor.finish();
  noteRendered(extracted.entities, helm.files);
  for (const { chart, rendered } of helm.charts)
    if (rendered)
      extracted.evidence.push({
        category: HELM_RENDERED,
        value: chart,
        file: posix.join(chart, "Chart.yaml"),
        line: 1,
      });
  const anchorFile = options.configFile && !isAbsolute(options.configFile) ? options.configFile : undefined;
  const model = link(extracted, {
    ...options.repository,
    now: options.now,
    name: basename(root),
    anchorFile,
    config,
    texts: () => [...parsed].map(([file, parsedFile]) => [file, parsedFile.text] as [string, string]),
  });
  const failures = extractor.failures.map(failureFinding);
  const unreadable = withSetting([...parseErrors, ...failures, ...helm.notices], config.policies?.[PARSE_ERROR]);
  const evaluated = [
    ...unreadable,
    ...nameSystems(collapseInstances(evaluate(model.entities, options.policies)), model),
  ];
  for (const finding of evaluated) finding.location ??= locate(finding, parsed);
  const { findings, suppressed } = suppress(evaluated, {
    files: parsed,
    config,
    configFile: options.configFile,
    locateInConfig: options.locateInConfig,
    now: options.now,
    policyIds: [PARSE_ERROR, ...(options.policyIds ?? options.policies.map((p) => p.policy.id))],
  });
  suppressed.sort((a, b) => byPlace(a.finding, b.finding));
  const files = discovery.files.filter((file) => !ownOutputs.has(file.path));
  return {
    findings: mergeAcrossSystems(mergeAcrossVariants(findings.sort(byPlace))),
    suppressed,
    model,
    files,
    skipped: discovery.skipped,
    setAside: [...discovery.setAside, ...(model.setAside ?? [])].sort((a, b) => (a.path < b.path ? -1 : 1)),
    ...(options.helm ? { helmCharts: helm.charts } : {}),
  };
}

/** In a repository of several systems, a repository finding says which system it is about. */
function nameSystems(findings: Finding[], model: Model): Finding[] {
  if (!model.entities.some((e) => e.kind === "repository" && typeof e.system === "string")) return findings;
  return findings.map((finding) =>
    finding.subject.kind === "repository"
      ? { ...finding, system: finding.subject.name, message: `System ${finding.subject.name}: ${finding.message}` }
      : finding,
  );
}

/** `parse-error` is no policy, but the config may turn it off or change its severity like one's. */
function withSetting(findings: Finding[], setting: PolicySetting | undefined): Finding[] {
  if (setting === "off") return [];
  const severity = setting?.severity;
  return severity ? findings.map((finding) => ({ ...finding, severity })) : findings;
}

function parseErrorFinding(file: ParsedFile): Finding {
  const { message, line, column } = file.error ?? { message: "unreadable", line: 1, column: 1 };
  return {
    policy: PARSE_ERROR,
    severity: "notice",
    title: "File could not be parsed",
    message: `${file.path} could not be read as ${file.format.toUpperCase()}: ${message}`,
    subject: { kind: "file", name: file.path },
    ref: { file: file.path, doc: 0, path: [] },
    field: "",
    location: { file: file.path, line, column },
  };
}

/** Reported like a file that cannot be parsed: the user learns which file was not fully read, and why. */
function failureFinding({ file, adapter, message }: ExtractionFailure): Finding {
  return {
    policy: PARSE_ERROR,
    severity: "notice",
    title: "File could not be parsed",
    message: `${file || "the repository"} could not be read as ${adapter}: ${message}`,
    subject: { kind: "file", name: file },
    ref: { file, doc: 0, path: [] },
    field: adapter,
    location: { file, line: 1, column: 1 },
  };
}

function locate(finding: Finding, files: Map<string, ParsedFile>) {
  const { file, doc, path, line, embedded } = finding.ref;
  if (line !== undefined) return { file, line, column: indentOf(files.get(file)?.text, line) + 1 };
  try {
    return { file, ...(files.get(file)?.locator.locate(doc, path, embedded) ?? { line: 1, column: 1 }) };
  } catch {
    // A locator re-reads the file; input the fast parser accepted but the locating one cannot follow
    // (nesting beyond its stack) still gets its finding, at the top of the file.
    return { file, line: 1, column: 1 };
  }
}

/** Columns of leading whitespace on a 1-based line, so a finding on a known line starts at its first character. */
function indentOf(text: string | undefined, line: number): number {
  if (text === undefined || line < 1) return 0;
  // The line is found by its start, without splitting the text up to it (a finding may sit deep in a large file).
  let start = 0;
  for (let passed = 1; passed < line; passed++) {
    start = text.indexOf("\n", start) + 1;
    if (start === 0) return 0;
  }
  const end = text.indexOf("\n", start);
  const content = end < 0 ? text.slice(start) : text.slice(start, end);
  return content.length - content.trimStart().length;
}

export function byPlace(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  if (la && lb && la.file !== lb.file) return la.file < lb.file ? -1 : 1;
  return (
    (la?.line ?? 0) - (lb?.line ?? 0) ||
    (la?.column ?? 0) - (lb?.column ?? 0) ||
    severityRank(a.severity) - severityRank(b.severity) ||
    a.policy.localeCompare(b.policy)
  );
}
