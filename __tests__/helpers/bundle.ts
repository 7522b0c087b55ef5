import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const PROJECT = join(import.meta.dirname, "..", "..");

/** The Node binary that runs the bundles: ARCHLINT_TEST_NODE (CI sets a Node 24 one), else this process's own. */
export const NODE = process.env.ARCHLINT_TEST_NODE || process.execPath;

/** Runs the committed CLI bundle as a user would, from a fresh clone with no install. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}) {
  const result = spawnSync(NODE, [join(PROJECT, "dist", "cli.js"), ...args], {
    cwd: options.cwd ?? PROJECT,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
