import { basename } from "node:path";
import { type DiscoveredFile, discover, type SkippedFile } from "../discover/discover.js";
import type { CompiledPolicy } from "../evaluate/compile.js";
import { evaluate } from "../evaluate/evaluate.js";
import { type Finding, PARSE_ERROR } from "../evaluate/finding.js";
import { ADAPTERS } from "../extract/adapters.js";
import { Extractor } from "../extract/extract.js";
import type { FileSystem } from "../io/file-system.js";
import { link } from "../link/link.js";
import type { Model } from "../model/types.js";
import { severityRank } from "../model/types.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import { readAndParse } from "./read-file.js";

export interface ScanOptions {
  root: string;
  fs: FileSystem;
  policies: CompiledPolicy[];
  now: Date;
  include?: string[];
  exclude?: string[];
  maxFileBytes?: number;
  /** See LinkContext.lastReassessment. */
  lastReassessment?: string;
  /** Called after each file is read, for a progress line on a terminal. */
  onProgress?: (done: number, total: number) => void;
}

export interface ScanResult {
  findings: Finding[];
  model: Model;
  files: DiscoveredFile[];
  skipped: SkippedFile[];
}

/** The pipeline: discover, parse, extract, link, evaluate, then locate each finding on its exact line. */
export function scan(options: ScanOptions): ScanResult {
  const { fs, root } = options;
  const discovery = discover(fs, options);
  const extractor = new Extractor(ADAPTERS);
  const parsed = new Map<string, ParsedFile>();
  const parseErrors: Finding[] = [];
  discovery.files.forEach((file, index) => {
    const result = readAndParse(fs, root, file);
    if (result.error) parseErrors.push(parseErrorFinding(result));
    else extractor.add(result);
    result.documents = [];
    parsed.set(file.path, result);
    options.onProgress?.(index + 1, discovery.files.length);
  });
  const model = link(extractor.finish(), {
    now: options.now,
    name: basename(root),
    ...(options.lastReassessment ? { lastReassessment: options.lastReassessment } : {}),
  });
  const findings = [...parseErrors, ...evaluate(model.entities, options.policies)];
  for (const finding of findings) finding.location ??= locate(finding, parsed);
  return { findings: findings.sort(byPlace), model, files: discovery.files, skipped: discovery.skipped };
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

function locate(finding: Finding, files: Map<string, ParsedFile>) {
  const { file, doc, path } = finding.ref;
  const position = files.get(file)?.locator.locate(doc, path) ?? { line: 1, column: 1 };
  return { file, ...position };
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
