import type { Severity } from "../../model/types.js";
import type { Report } from "../report.js";
import { type Verdict, verdictOf } from "./verdict.js";

/** What each reassessment issue embeds for its successor: the numbers a trend compares. */
export interface ReassessmentSnapshot {
  version: 1;
  year: number;
  /** ISO date (YYYY-MM-DD) of the run that wrote it. */
  date: string;
  verdict: Verdict;
  services: number;
  functions: number;
  findings: Record<Severity, number>;
  /** Findings per policy id, so a later run can say which policies started or stopped firing. */
  policies: Record<string, number>;
}

const MARKER_PREFIX = "<!-- archlint:reassessment";
const DATA_PREFIX = "<!-- archlint:reassessment-data ";
const MARKER = /<!-- archlint:reassessment year=(\d{4}) -->/;
const POLICY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATA = /<!-- archlint:reassessment-data (\{[^<>]*\}) -->/;

/** The hidden marker that identifies archlint's issue for a year (found with the label via the issues list). */
export function reassessmentMarker(year: number): string {
  return `${MARKER_PREFIX} year=${year} -->`;
}

/** The year of an archlint reassessment issue, or undefined when the body carries no marker. */
export function markedYear(body: string | null | undefined): number | undefined {
  const match = body ? MARKER.exec(body) : null;
  return match ? Number(match[1]) : undefined;
}

export function snapshotOf(report: Report, services: number, year: number, now: Date): ReassessmentSnapshot {
  const policies: Record<string, number> = {};
  for (const finding of report.findings) policies[finding.policy] = (policies[finding.policy] ?? 0) + 1;
  const findings = { error: report.summary.error, warning: report.summary.warning, notice: report.summary.notice };
  return {
    version: 1,
    year,
    date: now.toISOString().slice(0, 10),
    verdict: verdictOf(findings),
    services,
    functions: report.inventory.functions?.length ?? report.inventory.entities?.function ?? 0,
    findings,
    policies,
  };
}

/**
 * The snapshot as an HTML comment. `<`, `>`, `&` and `-` are written as JSON \u escapes, so no policy id or
 * future string can close the comment (`-->`) or open markup; every number in it is a non-negative integer.
 */
export function embedSnapshot(snapshot: ReassessmentSnapshot): string {
  const json = JSON.stringify(snapshot).replace(
    /[<>&-]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `${DATA_PREFIX}${json} -->`;
}

/** Reads the snapshot back from an issue body; anything missing, edited into nonsense or unknown gives undefined. */
export function readSnapshot(body: string | null | undefined): ReassessmentSnapshot | undefined {
  const match = body ? DATA.exec(body) : null;
  if (!match) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(match[1] as string);
  } catch {
    return undefined;
  }
  return isSnapshot(data) ? data : undefined;
}

function isSnapshot(data: unknown): data is ReassessmentSnapshot {
  if (typeof data !== "object" || data === null) return false;
  const s = data as Record<string, unknown>;
  const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  const findings = s.findings as Record<string, unknown> | undefined;
  const policies = s.policies as Record<string, unknown> | undefined;
  return (
    s.version === 1 &&
    count(s.year) &&
    typeof s.date === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(s.date) &&
    (s.verdict === "at-risk" || s.verdict === "needs-attention" || s.verdict === "healthy") &&
    count(s.services) &&
    count(s.functions) &&
    typeof findings === "object" &&
    findings !== null &&
    count(findings.error) &&
    count(findings.warning) &&
    count(findings.notice) &&
    typeof policies === "object" &&
    policies !== null &&
    Object.entries(policies).every(([id, n]) => POLICY_ID.test(id) && count(n))
  );
}
