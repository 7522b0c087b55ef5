import type { Config } from "./config.js";

/**
 * `reassessment.lastReviewed` as YYYY-MM-DD. YAML reads an unquoted date as a timestamp, a quoted one as text;
 * anything else is not a date and counts as no review recorded.
 */
export function configuredLastReview(config: Config): string | undefined {
  const value: unknown = config.reassessment?.lastReviewed;
  const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value;
  if (typeof text !== "string") return undefined;
  const date = text.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}
