import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SHA = /^[0-9a-f]{40}$/;
/** A base tree larger than this is not unpacked: the review falls back to the changed lines. */
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;

/**
 * The fingerprints of the findings on a pull request's base commit, so "new" means absent from the base: the base
 * commit is taken from the checkout (fetched from `origin` when the shallow checkout lacks it), unpacked with
 * `git archive` into a temporary folder, and `scan` runs on the same folder there. Undefined when the base cannot
 * be had (no git, no such commit, a fetch refused): the caller falls back to changed lines.
 */
export function baseFingerprints(
  repository: string,
  baseSha: string,
  scannedFolder: string,
  scan: (root: string) => string[],
): Set<string> | undefined {
  if (!SHA.test(baseSha) || !hasCommit(repository, baseSha)) return undefined;
  const unpacked = mkdtempSync(join(tmpdir(), "archlint-base-"));
  try {
    const archive = spawnSync("git", ["-C", repository, "archive", "--format=tar", baseSha], {
      maxBuffer: MAX_ARCHIVE_BYTES,
    });
    if (archive.status !== 0) return undefined;
    const untar = spawnSync("tar", ["-x", "-C", unpacked], { input: archive.stdout });
    if (untar.status !== 0) return undefined;
    // A folder the base does not have yet holds no finding there: everything in it is new.
    const root = join(unpacked, scannedFolder);
    return new Set(existsSync(root) ? scan(root) : []);
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}

function hasCommit(repository: string, sha: string): boolean {
  if (git(repository, ["cat-file", "-e", `${sha}^{commit}`])) return true;
  return (
    git(repository, ["fetch", "--no-tags", "--depth=1", "origin", sha]) && git(repository, ["cat-file", "-e", sha])
  );
}

function git(repository: string, args: string[]): boolean {
  try {
    execFileSync("git", ["-C", repository, ...args], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}
