#!/usr/bin/env node
// Draws a seeded random sample of findings from a corpus, each repository scanned as its own root, so anyone
// can redo a precision reading (docs/real-world.md): `node scripts/sample-findings.mjs <corpus> [--seed S]
// [--size N] [--severity error]`. Prints per-policy counts, then the sample as file:line, policy, message.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const corpus = resolve(
  args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "../shared/corpus",
);
const seed = Number(option("seed", "2026"));
const size = Number(option("size", "40"));
const severity = option("severity");
const cli = resolve(import.meta.dirname, "../dist/cli.js");

/** mulberry32: a small seeded generator, so the same seed draws the same sample on any machine. */
function random(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const repositories = readdirSync(corpus)
  .filter((name) => statSync(join(corpus, name)).isDirectory())
  .sort();
const findings = [];
for (const repository of repositories) {
  const out = execFileSync(
    process.execPath,
    [cli, "scan", join(corpus, repository), "--format", "json", "--fail-on", "never"],
    {
      maxBuffer: 1 << 30,
      encoding: "utf8",
    },
  );
  for (const finding of JSON.parse(out).findings) findings.push({ repository, ...finding });
}
const chosen = findings.filter((f) => !severity || f.severity === severity);
const counts = new Map();
for (const f of chosen) counts.set(f.policy, (counts.get(f.policy) ?? 0) + 1);
console.log(`${chosen.length} findings in ${repositories.length} repositories`);
for (const [policy, count] of [...counts].sort((a, b) => b[1] - a[1]))
  console.log(`${String(count).padStart(6)}  ${policy}`);
const next = random(seed);
const pool = [...chosen];
const sample = [];
while (sample.length < size && pool.length > 0) sample.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
console.log(`\nsample of ${sample.length} (seed ${seed})`);
sample.forEach((f, i) => {
  const where = f.file ? `${f.file}:${f.line}` : "(repository)";
  console.log(`${i + 1}. [${f.severity}] ${f.policy} ${f.repository}/${where}\n   ${f.message}`);
});
