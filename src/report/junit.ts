import type { LoadedPolicy } from "../evaluate/policy.js";
import type { Report, ReportFinding, SuppressedFinding } from "./report.js";

/**
 * JUnit XML (the Jenkins/Surefire dialect that GitLab, Jenkins, Azure DevOps and the GitHub test-report actions
 * read): one test suite per policy, one failed test case per finding, so a reporter lists every finding as its own
 * row with its message and place, and a fixed finding disappears from the next run. A policy with nothing to report
 * is one passing test case, so a clean run shows every policy passing rather than "no tests"; a suppressed finding
 * is a skipped test case with its reason.
 */
export function renderJunit(report: Report, policies: LoadedPolicy[]): string {
  const byPolicy = groupByPolicy(report.findings);
  const suppressedByPolicy = groupByPolicy(report.suppressed);
  const suites = suiteList(report, policies).map(({ id, title }) => {
    const findings = byPolicy.get(id) ?? [];
    const suppressed = suppressedByPolicy.get(id) ?? [];
    const passed =
      findings.length === 0 ? [`    <testcase name="${attribute(title)}" classname="${attribute(id)}" time="0"/>`] : [];
    const tests = findings.length + suppressed.length + passed.length;
    return {
      tests,
      xml: [
        `  <testsuite name="${attribute(id)}" tests="${tests}" failures="${findings.length}" errors="0" skipped="${suppressed.length}" time="0">`,
        ...findings.map((f) => failedCase(f, report)),
        ...suppressed.map(skippedCase),
        ...passed,
        "  </testsuite>",
      ].join("\n"),
    };
  });
  const tests = suites.reduce((sum, suite) => sum + suite.tests, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attribute(report.tool.name)}" tests="${tests}" failures="${report.findings.length}" errors="0" time="0">`,
    ...suites.map((suite) => suite.xml),
    "</testsuites>",
    "",
  ].join("\n");
}

/** Every policy, then the findings that are not policies' (parse errors, unused suppressions). */
function suiteList(report: Report, policies: LoadedPolicy[]): { id: string; title: string }[] {
  const suites = policies.map((p) => ({ id: p.id, title: p.title }));
  const known = new Set(suites.map((s) => s.id));
  for (const f of [...report.findings, ...report.suppressed]) {
    if (known.has(f.policy)) continue;
    known.add(f.policy);
    suites.push({ id: f.policy, title: f.title });
  }
  return suites;
}

function failedCase(f: ReportFinding, report: Report): string {
  const help = report.policies?.[f.policy];
  const body = [
    `${f.file}:${f.line}:${f.column}: ${f.message}`,
    help?.remediation && `Remediation: ${help.remediation}`,
    help?.docs && `Documentation: ${help.docs}`,
  ].filter(Boolean);
  return [
    `    <testcase name="${attribute(caseName(f))}" classname="${attribute(f.policy)}" time="0">`,
    `      <failure type="${f.severity}" message="${attribute(f.message)}">${text(body.join("\n"))}</failure>`,
    "    </testcase>",
  ].join("\n");
}

function skippedCase(f: SuppressedFinding): string {
  return [
    `    <testcase name="${attribute(caseName(f))}" classname="${attribute(f.policy)}" time="0">`,
    `      <skipped message="${attribute(`suppressed by ${f.suppressedBy}: ${f.reason}`)}"/>`,
    "    </testcase>",
  ].join("\n");
}

/** Where and what: a reporter shows it as the test's name. */
function caseName(f: ReportFinding): string {
  return `${f.file}:${f.line}:${f.column} ${f.subject.kind} ${f.subject.name}`;
}

function groupByPolicy<T extends ReportFinding>(findings: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const finding of findings) {
    const list = groups.get(finding.policy);
    if (list) list.push(finding);
    else groups.set(finding.policy, [finding]);
  }
  return groups;
}

/** XML 1.0 has no way to write most control characters, even escaped: they are dropped. */
function text(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function attribute(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
