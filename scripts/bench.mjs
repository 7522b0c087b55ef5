// npm run bench [-- <folder>] [--runs N] [--growth-runs N] [--no-growth] [--against <commit>]
// Scans a folder (default: the shared corpus) through the committed CLI bundle, process start included, and
// prints JSON: size, median wall time, throughput, peak RSS, the parse-only floor measured in the same run
// (scan and floor runs interleaved, so machine load hits both alike), `--version` time, and the growth of the
// scan time with 1x, 2x and 4x copies of the folder. `--against` also scans with the bundle committed at that
// commit, each of its runs just before or after one of the current bundle's, and prints the ratio of each pair
// (median and geometric mean): on a machine whose speed drifts by half within minutes, a ratio of runs seconds
// apart holds where the ratio of two medians does not. Peak RSS and CPU time come from the measured process
// itself (scripts/bench/max-rss.mjs, preloaded with --import); wall time from this process around the spawn.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { bundleScript } from "./ncc-options.mjs";

const PROJECT = resolve(import.meta.dirname, "..");
const CLI = join(PROJECT, "dist", "cli.js");
const MAX_RSS = join(PROJECT, "scripts", "bench", "max-rss.mjs");
const TARGETS = { scanToFloor: 1.5, peakRssMiB: 300, versionMs: 150 };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: "string", default: "5" },
    "growth-runs": { type: "string", default: "3" },
    "no-growth": { type: "boolean", default: false },
    against: { type: "string" },
  },
});
const runs = Number(values.runs);
const growthRuns = Number(values["growth-runs"]);
const shared = [process.env.ARCHLINT_SHARED, join(PROJECT, "..", "shared"), "/work/shared"].find(
  (candidate) => candidate && existsSync(candidate),
);
const folder = resolve(positionals[0] ?? join(shared ?? "../shared", "corpus"));
if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  throw new Error(`${folder} is not a directory: name a folder, or set ARCHLINT_SHARED`);
}
const work = mkdtempSync(join(tmpdir(), "archlint-bench-"));

try {
  const reference = values.against === undefined ? undefined : referenceBundle(values.against);
  const floor = await bundleParseFloor();
  const list = join(work, "files.json");
  measure(floor, ["list", folder, list]);
  const files = JSON.parse(readFileSync(list, "utf8"));
  const bytes = files.reduce((sum, file) => sum + file.size, 0);

  const scans = [];
  const floors = [];
  const referenceScans = [];
  for (let i = 0; i < runs; i++) {
    // With a reference, the two bundles take turns going first, so neither always follows the floor's run.
    const referenceFirst = reference !== undefined && i % 2 === 1;
    if (referenceFirst) referenceScans.push(measure(reference.cli, ["scan", folder, "--format", "json"]));
    scans.push(measure(CLI, ["scan", folder, "--format", "json"]));
    if (reference && !referenceFirst) referenceScans.push(measure(reference.cli, ["scan", folder, "--format", "json"]));
    floors.push(measure(floor, ["parse", folder, list]));
  }
  const scan = summarise(scans);
  const parseFloor = summarise(floors);
  const version = summarise(repeat(Math.max(runs, 5), () => measure(CLI, ["--version"])));
  const bareNode = summarise(repeat(Math.max(runs, 5), () => measure("-e", [""])));
  const growth = values["no-growth"] ? undefined : measureGrowth(files.length);

  const result = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverage: loadavg() },
    folder,
    files: files.length,
    MB: round(bytes / 1e6, 2),
    runs,
    scan: {
      ...scan,
      filesPerSecond: round(files.length / (scan.wallMs / 1000)),
      MBPerSecond: round(bytes / 1e3 / scan.wallMs, 2),
    },
    parseFloor,
    scanToFloor: round(scan.wallMs / parseFloor.wallMs, 2),
    // On a shared machine CPU time (user + system) varies far less with other processes' load than wall time.
    scanToFloorCpu: round(scan.cpuMs / parseFloor.cpuMs, 2),
    version: { ...version, bareNodeWallMs: bareNode.wallMs, bareNodeCpuMs: bareNode.cpuMs },
    ...(reference ? { against: against(reference.commit, scans, referenceScans) } : {}),
    growth,
    targets: {
      [`scan within ${TARGETS.scanToFloor}x the parse floor`]: scan.wallMs <= TARGETS.scanToFloor * parseFloor.wallMs,
      [`peak RSS under ${TARGETS.peakRssMiB} MiB`]: scan.peakRssMiB < TARGETS.peakRssMiB,
      [`--version under ${TARGETS.versionMs} ms`]: version.wallMs < TARGETS.versionMs,
    },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Runs `node [--import max-rss] script ...args`; wall time around the spawn, RSS and CPU from the child. */
function measure(script, args) {
  const usageFile = join(work, "usage.json");
  rmSync(usageFile, { force: true });
  const argv = script === "-e" ? ["--import", MAX_RSS, "-e", ...args] : ["--import", MAX_RSS, script, ...args];
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, argv, {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ARCHLINT_BENCH_USAGE: usageFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  // The CLI exits 1 when a finding reaches the fail level: that is a successful scan.
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`${argv.join(" ")} exited with ${child.status}: ${child.stderr?.toString().slice(0, 2000)}`);
  }
  const usage = JSON.parse(readFileSync(usageFile, "utf8"));
  return { wallMs, cpuMs: usage.cpuMs, maxRssKiB: usage.maxRssKiB };
}

function summarise(samples) {
  return {
    wallMs: round(median(samples.map((s) => s.wallMs))),
    cpuMs: round(median(samples.map((s) => s.cpuMs))),
    peakRssMiB: round(Math.max(...samples.map((s) => s.maxRssKiB)) / 1024, 1),
    wallMsSamples: samples.map((s) => round(s.wallMs)),
  };
}

/** The CLI bundle committed at `commit`, with the policies and schemas it reads, unpacked in the work folder. */
function referenceBundle(commit) {
  const sha = git(["rev-parse", "--verify", `${commit}^{commit}`]).trim();
  const root = join(work, `reference-${sha.slice(0, 12)}`);
  mkdirSync(root);
  const archive = spawnSync("git", ["archive", "--format=tar", sha, "dist", "policies", "schemas", "package.json"], {
    cwd: PROJECT,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (archive.status !== 0) throw new Error(`git archive ${sha}: ${archive.stderr.toString()}`);
  const unpacked = spawnSync("tar", ["-x", "-C", root], { input: archive.stdout });
  if (unpacked.status !== 0) throw new Error(`tar: ${unpacked.stderr.toString()}`);
  return { commit: sha, cli: join(root, "dist", "cli.js") };
}

function git(args) {
  const run = spawnSync("git", args, { cwd: PROJECT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
  return run.stdout;
}

/** The reference's scans, and the current bundle's time over the reference's, run by run. */
function against(commit, scans, referenceScans) {
  const ratios = (key) => scans.map((scan, i) => scan[key] / referenceScans[i][key]);
  const describe = (values) => ({
    median: round(median(values), 3),
    geometricMean: round(Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length), 3),
  });
  return {
    commit,
    scan: summarise(referenceScans),
    wallRatio: describe(ratios("wallMs")),
    cpuRatio: describe(ratios("cpuMs")),
  };
}

/** 1x, 2x, 4x hard-linked copies of the folder (no disk used), each scanned `growthRuns` times. */
function measureGrowth(baseFiles) {
  return [1, 2, 4].map((copies) => {
    const root = join(work, `growth-${copies}x`);
    mkdirSync(root);
    for (let i = 0; i < copies; i++) copyTree(folder, join(root, `copy-${i}`));
    const { wallMs, cpuMs, peakRssMiB } = summarise(
      repeat(growthRuns, () => measure(CLI, ["scan", root, "--format", "json"])),
    );
    return {
      copies,
      files: baseFiles * copies,
      wallMs,
      cpuMs,
      peakRssMiB,
      msPerThousandFiles: round((wallMs / (baseFiles * copies)) * 1000),
    };
  });
}

function copyTree(from, to) {
  const linked = spawnSync("cp", ["-al", from, to]);
  if (linked.status !== 0) spawnSync("cp", ["-a", from, to], { stdio: "inherit" });
}

/** The floor entry bundled with ncc like the CLI, so both run the same compiled parsers. */
function bundleParseFloor() {
  return bundleScript(join(PROJECT, "scripts", "bench", "parse-floor.ts"), join(work, "parse-floor.mjs"));
}

function repeat(times, work) {
  return Array.from({ length: times }, () => work());
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function round(value, digits = 0) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
