import { execFileSync } from "node:child_process";
import type { GitHistory } from "../link/link.js";

export const HISTORY_DAYS = 90;

const BOT = /\[bot\]|^(dependabot|renovate|github-actions|snyk-bot)\b|noreply@github\.com$/i;

type Git = (args: string[]) => string;

const runGit =
  (root: string): Git =>
  (args) =>
    execFileSync("git", ["-C", root, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 10_000,
    });

/**
 * The distinct authors of the last `days` of history under `root` (bots left out), and whether that history is
 * complete: a shallow clone whose oldest commit is inside the window cannot say who else worked on it. Also how
 * many commits touch `root` and when the first of them was: a folder imported into a larger repository has one
 * commit there, however old and busy the enclosing repository is. Every command is `git -C root … -- .`, so only
 * the history of the scanned path is read. Undefined when `root` is not in a git repository or git is not
 * installed. The shells call this; the engine never runs git.
 */
export function readGitHistory(
  root: string,
  now: Date,
  days = HISTORY_DAYS,
  git: Git = runGit(root),
): GitHistory | undefined {
  try {
    const since = new Date(now.getTime() - days * 86_400_000);
    const log = git(["log", `--since=${since.toISOString()}`, "--format=%ae%x09%an", "--", "."]);
    const authors = new Set<string>();
    for (const line of log.split("\n")) {
      const [email = "", name = ""] = line.split("\t");
      if (!email || BOT.test(email) || BOT.test(name)) continue;
      authors.add(email.toLowerCase());
    }
    const shallow = git(["rev-parse", "--is-shallow-repository"]).trim() === "true";
    const complete = !shallow || oldestCommit(git) < since.getTime();
    const times = git(["log", "--format=%ct", "--", "."]).split("\n").filter(Boolean);
    const first = Number(times.at(-1)) * 1000;
    return {
      authors: [...authors].sort(),
      days,
      complete,
      commits: times.length,
      ...(Number.isFinite(first) && times.length ? { firstCommit: new Date(first).toISOString() } : {}),
    };
  } catch {
    return undefined;
  }
}

/** In a shallow clone the boundary commits have no parents: the oldest of them is where the history starts. */
function oldestCommit(git: Git): number {
  const times = git(["log", "--max-parents=0", "--format=%ct", "HEAD"])
    .split("\n")
    .filter(Boolean)
    .map((seconds) => Number(seconds) * 1000);
  return times.length ? Math.min(...times) : Number.POSITIVE_INFINITY;
}
