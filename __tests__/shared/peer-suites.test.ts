import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { scanFolder } from "../helpers/scan.js";
import { sharedFolder } from "./shared-folder.js";

/**
 * Fixtures from other linters' test suites, with the verdict archlint owes on each (peer-suites/README.md):
 * `fires` = a finding of the policy on one of `lines`; `silent` = none in the file, or within `span` when the
 * entry names a `resource`. Each case folder is scanned alone, with the default configuration.
 */
interface Expectation {
  suite: string;
  policy: string;
  expect: "fires" | "silent";
  file: string;
  lines: number[];
  resource?: string;
  span?: [number, number];
  why: string;
}

const SUITES = join(sharedFolder(), "peer-suites");
const expectations = JSON.parse(readFileSync(join(SUITES, "expectations.json"), "utf8")) as Expectation[];
const catalog = new Set(loadAllPolicies(nodeFileSystem).map((p) => p.id));
const reports = new Map<string, ReturnType<typeof scanFolder>>();
const scanCase = (suite: string) => {
  let report = reports.get(suite);
  if (!report) {
    report = scanFolder(join(SUITES, suite), {});
    reports.set(suite, report);
  }
  return report;
};

const title = (e: Expectation) => `${e.suite} ${e.file}${e.resource ? ` [${e.resource}]` : ""}: ${e.expect}`;

describe.each([...new Set(expectations.map((e) => e.policy))])("%s", (policy) => {
  it.each(expectations.filter((e) => e.policy === policy).map((e) => [title(e), e] as const))("%s", (_, entry) => {
    expect(catalog.has(policy), `policy ${policy} is missing from the catalog (policies/${policy}.yml)`).toBe(true);
    const findings = scanCase(entry.suite).findings.filter((f) => f.policy === policy && f.file === entry.file);
    const where = findings.map((f) => `line ${f.line}: ${f.message}`);
    if (entry.expect === "fires") {
      const onLine = findings.filter((f) => entry.lines.includes(f.line));
      expect(
        onLine.length,
        `no ${policy} finding on lines ${entry.lines.join(", ")}; got ${where.join("; ") || "none"}`,
      ).toBeGreaterThan(0);
    } else {
      const [first, last] = entry.resource && entry.span ? entry.span : [1, Number.POSITIVE_INFINITY];
      const inside = findings.filter((f) => f.line >= first && f.line <= last);
      expect(
        inside.map((f) => `line ${f.line}: ${f.message}`),
        `${policy} must stay silent (${entry.why})`,
      ).toEqual([]);
    }
  });
});
