import { readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { formatOf, SKIPPED_DIRECTORIES } from "../../src/discover/manifest-names.js";
import { preparePolicies } from "../../src/engine/policies.js";
import { type ScanResult, scan } from "../../src/engine/scan.js";
import { PARSE_ERROR } from "../../src/evaluate/finding.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { FIXED_NOW } from "../helpers/scan.js";
import { sharedFolder } from "./shared-folder.js";

const CORPUS = join(sharedFolder(), "corpus");

/** Files in the corpus that are not valid YAML (the `yaml` package refuses them too), at the line js-yaml stops. */
const REALLY_INVALID = [
  // a double-quoted "\d" is not a YAML escape
  "aws-samples__aws-serverless-ecommerce-platform/payment-3p/resources/openapi.yaml:118",
  // a key that spans two lines
  "aws-samples__serverless-patterns/apigw-custom-domain-edge/template.yaml:35",
  // bad indentation of a mapping entry
  "aws-samples__serverless-patterns/rds-sns-event-notification/template.yaml:3",
  // pulumi's eksdistro/cluster.yaml is a Mustache template ({{{CLUSTER_NAME}}}) a script renders: not broken.
];

/** The whole scan, twice the time it takes on the 2-core reference machine (see docs/performance.md). */
const BUDGET_MS = 20_000;

describe("the shared corpus", () => {
  const started = performance.now();
  const result: ScanResult = scan({
    root: CORPUS,
    fs: nodeFileSystem,
    policies: preparePolicies(loadAllPolicies(nodeFileSystem)),
    now: FIXED_NOW,
  });
  const elapsed = performance.now() - started;
  const parseErrors = result.findings.filter((f) => f.policy === PARSE_ERROR);

  it("scans within its runtime budget", () => {
    expect(elapsed).toBeLessThan(BUDGET_MS);
  });

  it("accounts for every file: scanned, skipped or set aside with a reason, or not a manifest", () => {
    const scanned = new Set(result.files.map((f) => f.path));
    const skipped = new Map([...result.skipped, ...result.setAside].map((s) => [s.path, s.reason]));
    const unaccounted = corpusFiles().filter((path) => {
      if (scanned.has(path) || skipped.get(path)) return false;
      const inSkippedDirectory = path
        .split("/")
        .slice(0, -1)
        .some((part) => SKIPPED_DIRECTORIES.has(part));
      return !inSkippedDirectory && formatOf(posix.basename(path)) !== undefined;
    });
    expect(unaccounted).toEqual([]);
    expect(result.files.length).toBeGreaterThan(4500);
    expect(result.files.length + result.setAside.length).toBeGreaterThan(5000);
  });

  it("reads Helm templates as templates, never as broken YAML", () => {
    const templates = new Set(result.files.filter((f) => f.format === "helm-template").map((f) => f.path));
    expect(templates.size).toBeGreaterThan(600);
    expect(parseErrors.filter((f) => templates.has(f.ref.file)).map((f) => f.ref.file)).toEqual([]);
  });

  it("reports parse errors only on the files that really are invalid", () => {
    expect(parseErrors.map((f) => `${f.ref.file}:${f.location?.line}`).sort()).toEqual(REALLY_INVALID);
  });
});

function corpusFiles(): string[] {
  return readdirSync(CORPUS, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => posix.relative(CORPUS, join(entry.parentPath, entry.name)));
}
