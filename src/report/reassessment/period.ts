/** A reassessment period: one calendar year (UTC) of the injected clock, one issue per period. */
export interface ReassessmentPeriod {
  year: number;
  title: string;
}

export function reassessmentPeriod(now: Date): ReassessmentPeriod {
  const year = now.getUTCFullYear();
  return { year, title: `Architecture reassessment ${year}` };
}
