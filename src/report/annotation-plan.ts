import { SEVERITIES, type Severity } from "../model/types.js";
import { byReviewPriority, type ReviewFinding } from "./review.js";

/** GitHub shows at most 10 annotations of each severity per step; more are dropped silently. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface AnnotationPlan {
  annotate: ReviewFinding[];
  /** Findings of each severity that did not get an annotation (the job summary counts them). */
  omitted: Record<Severity, number>;
}

/** Picks the findings worth an annotation: most severe first and, among equals, those on lines the PR changed. */
export function planAnnotations(findings: ReviewFinding[], limit = ANNOTATIONS_PER_SEVERITY): AnnotationPlan {
  const annotate: ReviewFinding[] = [];
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const severity of SEVERITIES) {
    const ranked = findings.filter((f) => f.severity === severity).sort(byReviewPriority);
    annotate.push(...ranked.slice(0, limit));
    omitted[severity] = Math.max(0, ranked.length - limit);
  }
  return { annotate, omitted };
}
