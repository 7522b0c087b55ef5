import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT } from "../helpers/bundle.js";

const FOLDER = join(PROJECT, "__tests__", "fixtures", "policies", "function-timeout-exceeds-platform-max");

describe("npm run bench", () => {
  it("prints the scan, the parse-only floor, --version and the growth with copies as JSON", () => {
    const bench = spawnSync(process.execPath, ["scripts/bench.mjs", FOLDER, "--runs", "1", "--growth-runs", "1"], {
      cwd: PROJECT,
      encoding: "utf8",
    });
    expect(bench.stderr).toBe("");
    const result = JSON.parse(bench.stdout);
    expect(result).toMatchObject({ folder: FOLDER, files: 6, runs: 1 });
    for (const measured of [result.scan, result.parseFloor, result.version]) {
      expect(measured.wallMs).toBeGreaterThan(0);
      expect(measured.cpuMs).toBeGreaterThan(0);
      expect(measured.peakRssMiB).toBeGreaterThan(10);
    }
    expect(result.scanToFloor).toBeGreaterThan(0);
    expect(result.growth.map((g: { copies: number; files: number }) => [g.copies, g.files])).toEqual([
      [1, 6],
      [2, 12],
      [4, 24],
    ]);
    expect(Object.keys(result.targets)).toHaveLength(3);
  }, 300_000);
});
