import { describe, expect, it } from "vitest";
import { readGitHistory } from "../../src/app/git-history.js";

const NOW = new Date("2026-06-01T00:00:00Z");
const seconds = (iso: string) => String(new Date(iso).getTime() / 1000);

/** A fake git that answers the three commands readGitHistory runs. */
function git(answers: { log: string; shallow: boolean; roots?: string[]; times?: string[] }) {
  return (args: string[]) => {
    if (args[0] === "rev-parse") return `${answers.shallow}\n`;
    if (args.includes("--max-parents=0")) return `${(answers.roots ?? []).join("\n")}\n`;
    if (args.includes("--format=%ct")) return `${(answers.times ?? []).join("\n")}\n`;
    return answers.log;
  };
}

const LOG = [
  "Alice@Example.com\tAlice",
  "bob@example.com\tBob",
  "alice@example.com\tAlice A.",
  "49699333+dependabot[bot]@users.noreply.github.com\tdependabot[bot]",
  "41898282+github-actions[bot]@users.noreply.github.com\tgithub-actions[bot]",
  "",
].join("\n");

describe("readGitHistory", () => {
  it("counts distinct human authors of a full history, and the commits under the root since the first", () => {
    const times = [seconds("2026-05-01T00:00:00Z"), seconds("2025-03-01T00:00:00Z")];
    expect(readGitHistory("/repo", NOW, 90, git({ log: LOG, shallow: false, times }))).toEqual({
      authors: ["alice@example.com", "bob@example.com"],
      days: 90,
      complete: true,
      commits: 2,
      firstCommit: "2025-03-01T00:00:00.000Z",
    });
  });

  it("asks git only about the scanned path (every log ends with `-- .`)", () => {
    const asked: string[][] = [];
    readGitHistory("/repo", NOW, 90, (args) => {
      asked.push(args);
      return args[0] === "rev-parse" ? "false\n" : "";
    });
    expect(asked.filter((args) => args[0] === "log").every((args) => args.slice(-2).join(" ") === "-- .")).toBe(true);
  });

  it("calls a shallow clone complete only when its history starts before the window", () => {
    const recent = git({ log: LOG, shallow: true, roots: [seconds("2026-05-30T00:00:00Z")] });
    expect(readGitHistory("/repo", NOW, 90, recent)?.complete).toBe(false);
    const deep = git({ log: LOG, shallow: true, roots: [seconds("2025-12-01T00:00:00Z")] });
    expect(readGitHistory("/repo", NOW, 90, deep)?.complete).toBe(true);
  });

  it("returns undefined outside a git repository", () => {
    const failing = () => {
      throw new Error("fatal: not a git repository");
    };
    expect(readGitHistory("/tmp", NOW, 90, failing)).toBeUndefined();
  });
});
