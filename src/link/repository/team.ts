import { CODEOWNERS_PATHS } from "../../knowledge/codeowners.js";
import type { TeamFacts } from "../../model/repository.js";
import type { Evidence, SourceRef } from "../../model/types.js";
import type { GitHistory, LinkContext } from "../link.js";

const HOW_TO_SET = "set team.size in .archlint.yml";

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

export interface TeamSize {
  facts: TeamFacts;
  /** Where the size was declared, for findings that point at it. */
  ref?: SourceRef;
}

/**
 * The team's size, from the first source that knows it: the config's `team.size`; the individual owners in
 * CODEOWNERS (the file GitHub reads: .github/, root, then docs/), unless it names a team handle, whose members
 * are unknown; the distinct authors of the recent git history, when the history covers the whole window.
 */
export function teamSize(evidence: readonly Evidence[], context: LinkContext): TeamSize {
  const declared = context.config?.team?.size;
  if (typeof declared === "number" && Number.isInteger(declared) && declared > 0) {
    const file = context.anchorFile ?? ".archlint.yml";
    return {
      facts: { size: declared, source: "config", detail: `team.size in ${file}`, file },
      ref: { file, doc: 0, path: ["team", "size"] },
    };
  }
  const owners = codeOwners(evidence);
  if (owners && owners.teams.length === 0 && owners.individuals.length > 0) {
    const { file } = owners;
    return {
      facts: {
        size: owners.individuals.length,
        source: "codeowners",
        detail: `${owners.individuals.length} individual owners in ${file}`,
        file,
      },
      ref: { file, doc: 0, path: [], line: owners.firstLine },
    };
  }
  const history = context.gitHistory?.();
  const fromHistory = historySize(history, context.now);
  if (fromHistory) return { facts: fromHistory };
  const reasons = [
    owners?.teams.length ? `${owners.file} names team handles (${owners.teams.slice(0, 3).join(", ")})` : undefined,
    unknownHistoryReason(history, context.now),
  ].filter(Boolean);
  return { facts: { source: "unknown", detail: `${[...reasons, HOW_TO_SET].join("; ")}` } };
}

function codeOwners(evidence: readonly Evidence[]) {
  const owners = evidence.filter((e) => e.category === "codeowner");
  const file = CODEOWNERS_PATHS.find((path) => owners.some((e) => e.file === path));
  if (!file) return undefined;
  const inFile = owners.filter((e) => e.file === file);
  return {
    file,
    firstLine: inFile[0]?.line ?? 1,
    teams: inFile.filter((e) => /^@[^/\s]+\/\S+$/.test(e.value)).map((e) => e.value),
    individuals: inFile.filter((e) => !/^@[^/\s]+\/\S+$/.test(e.value)).map((e) => e.value.toLowerCase()),
  };
}

/** Less history than this under the scanned root says nothing about a team: an import, a copy, a new repo. */
export const MEANINGFUL_HISTORY = { commits: 20, days: 90 };

function historySize(history: GitHistory | undefined, now: Date): TeamFacts | undefined {
  if (!history?.complete || history.authors.length === 0 || tooShort(history, now)) return undefined;
  return {
    size: history.authors.length,
    source: "git-history",
    detail: `${history.authors.length} distinct authors in the last ${history.days} days of git history`,
  };
}

/** Days from a history's first commit under the root to now, when known. */
export function historyDays(history: GitHistory | undefined, now: Date): number | undefined {
  const first = history?.firstCommit ? Date.parse(history.firstCommit) : Number.NaN;
  return Number.isNaN(first) ? undefined : Math.floor((now.getTime() - first) / 86_400_000);
}

function tooShort(history: GitHistory, now: Date): boolean {
  const days = historyDays(history, now);
  return (history.commits ?? 0) < MEANINGFUL_HISTORY.commits || days === undefined || days < MEANINGFUL_HISTORY.days;
}

function unknownHistoryReason(history: GitHistory | undefined, now: Date): string {
  if (!history) return "no git history was read (the scanned folder is not in a git repository)";
  if (history.complete && tooShort(history, now)) {
    const days = historyDays(history, now);
    return `the git history under the scanned folder is too short to size a team (${plural(history.commits ?? 0, "commit")}${days === undefined ? "" : ` over ${plural(days, "day")}`}; at least ${MEANINGFUL_HISTORY.commits} commits over ${MEANINGFUL_HISTORY.days} days are needed)`;
  }
  if (!history.complete) return `the git history is shallow and does not cover the last ${history.days} days`;
  return `no commits in the last ${history.days} days`;
}
