import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NODE, PROJECT, runCli } from "../helpers/bundle.js";

const STACK_FRAME = /\n\s+at /;

/** A serverless.yml with `count` functions over the Lambda cap: three findings each, one an error. */
function repository(count: number, extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "archlint-gates-"));
  const functions = Array.from({ length: count }, (_, i) => `  fn${i}:\n    handler: h.h\n    timeout: 1200\n`);
  writeFileSync(join(root, "serverless.yml"), `service: s\nprovider:\n  name: aws\nfunctions:\n${functions.join("")}`);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(root, name), text);
  return root;
}

describe("dist/cli.js gates and exit statuses", () => {
  it("says loudly on stderr that a folder without manifests checked nothing", () => {
    const empty = mkdtempSync(join(tmpdir(), "archlint-empty-"));
    writeFileSync(join(empty, "notes.txt"), "no manifests here\n");
    const result = runCli(["scan", empty]);
    expect(result.status).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(
      `archlint: no deployment manifests found under ${empty}: nothing was checked`,
    );
    expect(runCli(["scan", repository(1)]).stderr).not.toContain("no deployment manifests");
  });

  it("creates --output's missing folders; a path it cannot create is a usage error (2) without a stack trace", () => {
    const root = repository(1);
    const output = join(root, "missing", "dir", "x.json");
    expect(runCli(["scan", root, "--format", "json", "--output", output]).status).toBe(1);
    expect(existsSync(output)).toBe(true);
    const blocked = runCli(["scan", root, "--output", join(root, "serverless.yml", "x.json")]);
    expect(blocked.status).toBe(2);
    expect(blocked.stderr).toMatch(/^archlint: cannot write .*serverless\.yml\/x\.json: /);
    expect(blocked.stderr).not.toMatch(STACK_FRAME);
  });

  it("ends quietly when the reader closes the pipe early (scan | head)", () => {
    const root = repository(1500);
    const piped = spawnSync(
      "sh",
      ["-c", `"${NODE}" "${join(PROJECT, "dist", "cli.js")}" scan . --format json | head -c 10`],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(piped.stdout).toBe(`{\n  "tool"`);
    expect(piped.stderr).toBe("");
  });

  it("exits 2 with every config error at its line, an impossible date included", () => {
    const root = repository(1, {
      ".archlint.yml":
        "failOn: sometimes\nwaivers:\n  - policy: log-retention-unset\n    path: serverless.yml\n    reason: later\n    expires: 2026-02-30\n",
    });
    const result = runCli(["scan", root]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(".archlint.yml:1:1: failOn");
    expect(result.stderr).toContain(".archlint.yml:6:5: waivers.0.expires: 2026-02-30 is not a day of the calendar");
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it("matches a waiver's backtracking path glob in linear time on a 40-character file name", () => {
    const root = mkdtempSync(join(tmpdir(), "archlint-gates-"));
    writeFileSync(
      join(root, ".archlint.yml"),
      'waivers:\n  - policy: workload-missing-probes\n    path: "*a*a*a*a*a*a*a*a*a*a*a*b"\n    reason: r\n    expires: 2099-01-01\n',
    );
    const deployment =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx\n";
    writeFileSync(join(root, `${"a".repeat(40)}.yaml`), deployment);
    const started = performance.now();
    const result = runCli(["scan", root, "--format", "json"], { timeoutMs: 30_000 });
    expect(result.status).not.toBeNull();
    expect(JSON.parse(result.stdout).findings.map((f: { policy: string }) => f.policy)).toContain(
      "workload-missing-probes",
    );
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it("documents the exit statuses and --debug", () => {
    expect(runCli(["--help"]).stdout).toContain("2 on a usage or configuration error, 3 on an internal error");
  });
});
