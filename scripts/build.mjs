// Bundles the CLI and the action with ncc into dist/, which is committed: the action and `node dist/cli.js` run
// from a checkout with no install. The bundles are built from a staging copy of src/ (.build/, never committed) in
// which three modules are replaced by generated ones (scripts/generated-modules.ts: the schemas' validators compiled
// ahead of time, the policies' examples), so nothing generated sits in src/ and a change to a policy or a schema
// needs no build to be tested. Each bundle records the hash of its sources (scripts/bundle-sources.mjs). Fails when
// a bundle would need an asset ncc copied beside it. Beside them, the AWS action catalog derived from the data set's
// package (scripts/derive-aws-actions.ts).
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourcesHash, sourcesRecord } from "./bundle-sources.mjs";
import { bundleScript, NCC_OPTIONS, ncc } from "./ncc-options.mjs";

const PROJECT = fileURLToPath(new URL("..", import.meta.url));
const STAGE = join(PROJECT, ".build");

const bundles = [
  { input: "src/cli/index.ts", output: "dist/cli.js", banner: "#!/usr/bin/env node\n" },
  { input: "src/action/index.ts", output: "dist/index.js", banner: "" },
];

const record = sourcesRecord(sourcesHash(PROJECT));
await stageSources();
await rm(join(PROJECT, "dist"), { recursive: true, force: true });
await mkdir(join(PROJECT, "dist"));
const written = new Set();
for (const bundle of bundles) {
  const { code, assets } = await ncc(join(STAGE, bundle.input), NCC_OPTIONS);
  // ncc marks its ESM output with a package.json of {"type": "module"} and splits dynamic imports into chunks
  // (`<id>.index.js`, loaded from beside the bundle); anything else would be a missed asset.
  const chunks = Object.keys(assets ?? {}).filter((name) => /^\d+\.index\.js$/.test(name));
  const extra = Object.keys(assets ?? {}).filter((name) => name !== "package.json" && !chunks.includes(name));
  if (assets?.["package.json"]) await writeFile(join(PROJECT, "dist/package.json"), assets["package.json"].source);
  if (extra.length)
    throw new Error(`${bundle.input}: ncc emitted assets (${extra.join(", ")}); bundles must be self-contained`);
  for (const chunk of chunks) {
    if (written.has(chunk)) throw new Error(`${bundle.input}: chunk ${chunk} would overwrite another bundle's`);
    written.add(chunk);
    await writeFile(join(PROJECT, "dist", chunk), asciiOnly(String(assets[chunk].source)));
  }
  const text = bundle.banner + record + asciiOnly(code.replace(/^#!.*\n/, ""));
  await writeFile(join(PROJECT, bundle.output), text, { mode: 0o755 });
  console.log(`built ${bundle.output} (${Math.round(code.length / 1024)} KiB)`);
}
await rm(STAGE, { recursive: true, force: true });
await runScript("derive-aws-actions.ts", "dist/aws-actions.json");

/**
 * .build/: a copy of src/ (and package.json, which src/version.ts reads, and schemas/, which src/model reads) with the generated modules written over
 * the ones they replace. Inside the project, so the copy resolves node_modules as src/ does.
 */
async function stageSources() {
  await rm(STAGE, { recursive: true, force: true });
  await cp(join(PROJECT, "src"), join(STAGE, "src"), { recursive: true });
  await cp(join(PROJECT, "package.json"), join(STAGE, "package.json"));
  await cp(join(PROJECT, "schemas"), join(STAGE, "schemas"), { recursive: true });
  await runScript("write-generated-modules.ts", PROJECT, join(STAGE, "src"));
}

/**
 * One character beyond ASCII makes Node read a whole bundle as a two-byte string, which V8 then scans and
 * compiles more slowly (~20 ms of every start for the engine's chunks). In comments, strings, regular
 * expressions, templates and identifiers a `\\uXXXX` escape means the same character; only a tagged template's
 * raw text would differ, and so would a character after a backslash or a line separator (which ends a `//`
 * comment), so any of those stops the build.
 */
function asciiOnly(code) {
  const unsafe = code
    .split("\n")
    .find(
      (line) =>
        /\\[\u0080-\uffff]|[\u2028\u2029]/.test(line) || (line.includes("String.raw") && /[\u0080-\uffff]/.test(line)),
    );
  if (unsafe) throw new Error(`a character beyond ASCII cannot be escaped here: ${unsafe.trim().slice(0, 200)}`);
  return code.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Bundles one of scripts/*.ts and runs it with the arguments. */
async function runScript(name, ...args) {
  const work = await mkdtemp(join(tmpdir(), "archlint-build-"));
  try {
    const script = await bundleScript(
      new URL(name, import.meta.url).pathname,
      join(work, name.replace(/\.ts$/, ".mjs")),
    );
    execFileSync(process.execPath, [script, ...args], { stdio: "inherit" });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
