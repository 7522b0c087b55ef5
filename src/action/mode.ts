export const MODES = ["auto", "review", "reassessment", "scan"] as const;
export type Mode = (typeof MODES)[number];

/** `auto` picks by the triggering event: pull requests are reviewed, schedules and manual runs reassess. */
export function resolveMode(input: string, eventName: string | undefined): Exclude<Mode, "auto"> {
  const mode = (input || "auto") as Mode;
  if (!MODES.includes(mode)) throw new Error(`mode must be one of ${MODES.join(", ")}, not "${input}"`);
  if (mode !== "auto") return mode;
  if (eventName === "pull_request" || eventName === "pull_request_target") return "review";
  if (eventName === "schedule" || eventName === "workflow_dispatch") return "reassessment";
  return "scan";
}
