import type { Severity } from "../../model/types.js";

export type Verdict = "at-risk" | "needs-attention" | "healthy";

export const VERDICT_TEXT: Record<Verdict, string> = {
  "at-risk": "At risk",
  "needs-attention": "Needs attention",
  healthy: "Healthy",
};

/** Errors put the architecture at risk; warnings need attention; notices alone still read as healthy. */
export function verdictOf(counts: Record<Severity, number>): Verdict {
  if (counts.error > 0) return "at-risk";
  if (counts.warning > 0) return "needs-attention";
  return "healthy";
}
