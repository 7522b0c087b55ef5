import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ActionRunOptions, runAction } from "../helpers/action.js";
import { PROJECT } from "../helpers/bundle.js";
import { FakeGitHub } from "./fake-github/server.js";

const TIMEOUTS = join(PROJECT, "__tests__", "fixtures", "policies", "function-timeout-exceeds-platform-max");

describe("dist/index.js never passes by mistake", () => {
  let github: FakeGitHub;
  let workspace: string;

  beforeEach(async () => {
    github = await FakeGitHub.start();
    workspace = mkdtempSync(join(tmpdir(), "archlint-gates-ws-"));
    cpSync(join(TIMEOUTS, "serverless-explicit"), join(workspace, "infra"), { recursive: true });
  });
  afterEach(async () => {
    await github.stop();
  });

  const run = (options: Partial<ActionRunOptions> = {}) =>
    runAction({ workspace, apiUrl: github.url, token: github.token, event: { name: "push", payload: {} }, ...options });

  it("fails the step on a path that does not exist, and refuses one outside the workspace", async () => {
    const missing = await run({ inputs: { path: "does-not-exist" } });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain(`::error::archlint: path "does-not-exist" does not exist in the workspace`);
    expect(missing.outputs.passed).toBeUndefined();

    const outside = await run({ inputs: { path: "../.." } });
    expect(outside.status).toBe(1);
    expect(outside.stdout).toContain(`::error::archlint: path "../.." is outside the workspace`);
    expect(outside.outputs.findings).toBeUndefined();
  });

  it("scans with the gate on workflow_dispatch in mode auto; a schedule reassesses", async () => {
    const dispatch = await run({ inputs: { path: "infra" }, event: { name: "workflow_dispatch", payload: {} } });
    expect(dispatch.status).toBe(1);
    expect(dispatch.outputs.passed).toBe("false");
    expect(github.calls("issues/create")).toHaveLength(0);

    const schedule = await run({
      inputs: { path: "infra" },
      event: { name: "schedule", payload: { schedule: "0 6 1 * *" } },
      env: { ARCHLINT_NOW: "2026-02-01T06:00:00Z" },
    });
    expect(schedule.status).toBe(0);
    expect(github.calls("issues/create")).toHaveLength(1);
  });

  it("warns, first thing in the summary, when the folder holds no deployment manifest", async () => {
    mkdirSync(join(workspace, "docs"));
    writeFileSync(join(workspace, "docs", "README.md"), "# nothing to deploy\n");
    const result = await run({ inputs: { path: "docs" } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "::warning::archlint: no deployment manifests found under docs/: nothing was checked",
    );
    expect(result.summary.split("\n").slice(0, 2)).toEqual([
      "> [!WARNING]",
      "> archlint: no deployment manifests found under docs/: nothing was checked",
    ]);
  });
});
