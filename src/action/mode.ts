/** What a run does: `review` a pull request (comment, changed lines) or `scan` (annotations, summary, SARIF). */
export type ActionMode = "review" | "scan" | "reassessment";

export const MODE_VALUES = ["auto", "review", "scan", "reassessment"] as const;

const REVIEW_EVENTS = new Set(["pull_request", "pull_request_target"]);
/**
 * `auto`: a schedule reassesses, a pull request is reviewed, anything else (push, workflow_dispatch, …) scans with
 * the gate, so a manual run never passes by skipping it. A dispatch that wants the reassessment says so.
 */
export function chooseMode(input: string, eventName: string): ActionMode | undefined {
  if (input === "review" || input === "scan" || input === "reassessment") return input;
  if (input !== "auto") return undefined;
  if (REVIEW_EVENTS.has(eventName)) return "review";
  return eventName === "schedule" ? "reassessment" : "scan";
}

export interface PullRequestTarget {
  number: number;
  /** The commit the findings' links point at. */
  headSha: string;
  /** The base branch's commit the pull request is compared with, when the event names it. */
  baseSha?: string;
}

/** The parts of a webhook payload a review reads. */
export interface EventPayload {
  pull_request?: { number?: unknown; head?: { sha?: unknown }; base?: { sha?: unknown } };
  workflow_run?: { head_sha?: unknown };
}

/**
 * The pull request a review is about: from a pull_request(_target) payload, or, in the fork-safe workflow_run
 * pattern, from the `pull-request` input (a number the untrusted workflow saved) and the run's head commit.
 */
export function pullRequestTarget(payload: EventPayload, numberInput: string): PullRequestTarget | undefined {
  const pull = payload.pull_request;
  if (pull && typeof pull.number === "number" && Number.isInteger(pull.number) && typeof pull.head?.sha === "string") {
    const baseSha = pull.base?.sha;
    return { number: pull.number, headSha: pull.head.sha, ...(typeof baseSha === "string" ? { baseSha } : {}) };
  }
  const number = Number(numberInput.trim());
  const headSha = payload.workflow_run?.head_sha;
  if (/^\d+$/.test(numberInput.trim()) && number > 0 && typeof headSha === "string" && /^[0-9a-f]{40}$/.test(headSha)) {
    return { number, headSha };
  }
  return undefined;
}
