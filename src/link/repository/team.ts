import { CODEOWNERS_PATHS } from "../../extract/evidence/ownership.js";
import type { TeamFacts } from "../../model/repository.js";
import type { Evidence, SourceRef } from "../../model/types.js";
import type { GitHistory, LinkContext } from "../link.js";

const HOW_TO_SET = "set team.size in .archlint.yml";

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
  const fromHistory = historySize(history);
  if (fromHistory) return { facts: fromHistory };
  const reasons = [
    owners?.teams.length ? `${owners.file} names team handles (${owners.teams.slice(0, 3).join(", ")})` : undefined,
    unknownHistoryReason(history),
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

function historySize(history: GitHistory | undefined): TeamFacts | undefined {
  if (!history?.complete || history.authors.length === 0) return undefined;
  return {
    size: history.authors.length,
    source: "git-history",
    detail: `${history.authors.length} distinct authors in the last ${history.days} days of git history`,
  };
}

function unknownHistoryReason(history: GitHistory | undefined): string {
  if (!history) return "no git history was read";
  if (!history.complete) return `the git history is shallow and does not cover the last ${history.days} days`;
  return `no commits in the last ${history.days} days`;
}
