import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { NODE, PROJECT } from "../helpers/bundle.js";
import { needsTool } from "../helpers/tools.js";

/** .pre-commit-hooks.yaml run by the real pre-commit, `try-repo` on this checkout, as a user's commit would. */

const PRE_COMMIT = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;
const PRE_COMMIT_MISSING = "pre-commit is not installed (Debian: apt-get install pre-commit); .ci/run installs it";

/** A git repository with one staged manifest, and pre-commit's cache of its own. */
function repository(timeout: number): { root: string; env: NodeJS.ProcessEnv } {
  const root = mkdtempSync(join(tmpdir(), "archlint-pre-commit-"));
  writeFileSync(
    join(root, "serverless.yml"),
    `service: orders\nprovider: { name: aws }\nfunctions:\n  nightly: { handler: h.h, timeout: ${timeout} }\n`,
  );
  const env = {
    ...process.env,
    PRE_COMMIT_HOME: join(root, ".pre-commit-cache"),
    // The hook's `#!/usr/bin/env node` finds the Node that runs the bundles (CI: Node 24) first.
    PATH: `${dirname(NODE)}${delimiter}${process.env.PATH}`,
    // The hook installs nothing: no registry reachable changes nothing.
    npm_config_offline: "true",
    NO_COLOR: "1",
  };
  for (const args of [
    ["init", "-q"],
    ["add", "serverless.yml"],
  ])
    spawnSync("git", args, { cwd: root, env });
  return { root, env };
}

function tryRepo(root: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync("pre-commit", ["try-repo", PROJECT, "archlint", "--all-files", "--color", "never"], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe("the pre-commit hook", () => {
  it("fails the commit on an error finding and prints the findings", (context) => {
    needsTool(context, PRE_COMMIT, PRE_COMMIT_MISSING);
    const { root, env } = repository(1200);
    const result = tryRepo(root, env);
    expect(result.status, result.output).toBe(1);
    expect(result.output).toMatch(/archlint\.+Failed/);
    expect(result.output).toMatch(/serverless\.yml[\s\S]*error .*function-timeout-exceeds-platform-max/);
  });

  it("passes when nothing reaches the gate", (context) => {
    needsTool(context, PRE_COMMIT, PRE_COMMIT_MISSING);
    const { root, env } = repository(30);
    const result = tryRepo(root, env);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/archlint\.+Passed/);
  });

  it("is the one the README's three lines name, at this version", () => {
    const version = JSON.parse(readFileSync(join(PROJECT, "package.json"), "utf8")).version;
    const readme = readFileSync(join(PROJECT, "README.md"), "utf8");
    const snippet = /```yaml\n# \.pre-commit-config\.yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const config = load(snippet) as { repos: { rev: string; hooks: { id: string }[] }[] };
    const hooks = load(readFileSync(join(PROJECT, ".pre-commit-hooks.yaml"), "utf8")) as { id: string }[];
    expect(config.repos[0]?.rev).toBe(`v${version}`);
    expect(hooks.map((hook) => hook.id)).toEqual(config.repos[0]?.hooks.map((hook) => hook.id));
  });
});
