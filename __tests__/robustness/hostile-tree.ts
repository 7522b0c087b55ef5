import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { preparePolicies } from "../../src/engine/policies.js";
import { type ScanResult, scan } from "../../src/engine/scan.js";
import { type FileSystem, nodeFileSystem } from "../../src/io/file-system.js";
import { FIXED_NOW } from "../helpers/scan.js";

export type TreeEntry = string | Uint8Array | { symlink: string };

/** Writes a tree into a fresh temporary folder (its real path, so symlink checks compare like with like). */
export function makeTree(entries: Record<string, TreeEntry>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "archlint-hostile-")));
  for (const [path, content] of Object.entries(entries)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content === "object" && "symlink" in content) symlinkSync(content.symlink, target);
    else writeFileSync(target, content);
  }
  return root;
}

const policies = preparePolicies(loadAllPolicies(nodeFileSystem));

/** Scans with every built-in policy through a FileSystem that records each path it reads. */
export function scanRecordingReads(root: string): { result: ScanResult; reads: string[] } {
  const reads: string[] = [];
  const spy: FileSystem = {
    ...nodeFileSystem,
    readDirectory: (path) => {
      reads.push(path);
      return nodeFileSystem.readDirectory(path);
    },
    readFile: (path) => {
      reads.push(path);
      return nodeFileSystem.readFile(path);
    },
  };
  return { result: scan({ root, fs: spy, policies, now: FIXED_NOW }), reads };
}

export function scanTree(entries: Record<string, TreeEntry>): ScanResult {
  return scanRecordingReads(makeTree(entries)).result;
}

export const parseErrors = (result: ScanResult) =>
  result.findings
    .filter((f) => f.policy === "parse-error")
    .map((f) => ({ file: f.ref.file, line: f.location?.line, message: f.message }));

/** A serverless.yml whose one function's timeout (line 7, column 5) is above the AWS Lambda cap. */
export const TOO_LONG = [
  "service: s",
  "provider:",
  "  name: aws",
  "functions:",
  "  build:",
  "    handler: h",
  "    timeout: 1200",
  "",
].join("\n");

export const timeoutFindings = (result: ScanResult) =>
  result.findings
    .filter((f) => f.policy === "function-timeout-exceeds-platform-max")
    .map((f) => ({ file: f.location?.file, line: f.location?.line, column: f.location?.column }));
