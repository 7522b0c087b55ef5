import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT } from "../helpers/bundle.js";

/** A small repository of three manifests, so the counts below are known. */
function smallRepository(): string {
  const folder = mkdtempSync(join(tmpdir(), "archlint-bench-"));
  mkdirSync(join(folder, "k8s"));
  writeFileSync(
    join(folder, "serverless.yml"),
    "service: s\nprovider: { name: aws }\nfunctions:\n  f: { handler: h, timeout: 1200 }\n",
  );
  writeFileSync(join(folder, "k8s", "app.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app }\n");
  writeFileSync(join(folder, "template.json"), '{ "Resources": {} }\n');
  return folder;
}

describe("npm run bench", () => {
  it("prints the scan, the parse-only floor, --version and the growth with copies as JSON", () => {
    const FOLDER = smallRepository();
    const bench = spawnSync(process.execPath, ["scripts/bench.mjs", FOLDER, "--runs", "1", "--growth-runs", "1"], {
      cwd: PROJECT,
      encoding: "utf8",
    });
    expect(bench.stderr).toBe("");
    const result = JSON.parse(bench.stdout);
    expect(result).toMatchObject({ folder: FOLDER, files: 3, runs: 1 });
    for (const measured of [result.scan, result.parseFloor, result.version]) {
      expect(measured.wallMs).toBeGreaterThan(0);
      expect(measured.cpuMs).toBeGreaterThan(0);
      expect(measured.peakRssMiB).toBeGreaterThan(10);
    }
    expect(result.scanToFloor).toBeGreaterThan(0);
    expect(result.growth.map((g: { copies: number; files: number }) => [g.copies, g.files])).toEqual([
      [1, 3],
      [2, 6],
      [4, 12],
    ]);
    expect(Object.keys(result.targets)).toHaveLength(3);
    expect(result.against).toBeUndefined();
  }, 300_000);

  it("with --against, scans with the bundle of that commit too and prints the ratio of each pair of runs", () => {
    const FOLDER = smallRepository();
    const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: PROJECT, encoding: "utf8" }).stdout.trim();
    const bench = spawnSync(
      process.execPath,
      ["scripts/bench.mjs", FOLDER, "--runs", "2", "--no-growth", "--against", "HEAD"],
      { cwd: PROJECT, encoding: "utf8" },
    );
    expect(bench.stderr).toBe("");
    const { against } = JSON.parse(bench.stdout);
    expect(against.commit).toBe(head);
    expect(against.scan.wallMsSamples).toHaveLength(2);
    for (const ratio of [against.wallRatio, against.cpuRatio]) {
      expect(ratio.median).toBeGreaterThan(0.2);
      expect(ratio.median).toBeLessThan(5);
      expect(ratio.geometricMean).toBeGreaterThan(0.2);
    }
  }, 300_000);

  it("names the commit it cannot find", () => {
    const bench = spawnSync(
      process.execPath,
      ["scripts/bench.mjs", smallRepository(), "--runs", "1", "--no-growth", "--against", "no-such-commit"],
      { cwd: PROJECT, encoding: "utf8" },
    );
    expect(bench.status).not.toBe(0);
    expect(bench.stderr).toContain("no-such-commit");
  }, 300_000);
});
