// Generates the validators of archlint's own schemas and of the built-in policies, and the policies' examples for
// `archlint explain`, into src/, then bundles the CLI and the action with ncc into dist/, which is committed: the
// action and `node dist/cli.js` run from a checkout with no install. Fails when a bundle would need an asset ncc
// copied beside it. Beside them, the AWS action catalog derived from the data set's package
// (scripts/derive-aws-actions.ts).
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { POLICY_EXAMPLES, policyExamplesModule } from "./generate-policy-examples.mjs";
import { bundleScript, NCC_OPTIONS, ncc } from "./ncc-options.mjs";
import { SCHEMA_VALIDATORS, schemaValidatorsModule } from "./precompile-schemas.mjs";

const GENERATED = "src/evaluate/builtin-validators.generated.ts";
const EMPTY_GENERATED = `// @ts-nocheck
import type { ValidateFunction } from "ajv";
export const PRECOMPILED_POLICY_SCHEMAS: Map<string, ValidateFunction> = new Map();
`;

const bundles = [
  { input: "src/cli/index.ts", output: "dist/cli.js", banner: "#!/usr/bin/env node\n" },
  { input: "src/action/index.ts", output: "dist/index.js", banner: "" },
];

await writeFile(SCHEMA_VALIDATORS, schemaValidatorsModule());
await writeFile(POLICY_EXAMPLES, policyExamplesModule());
await precompilePolicies();
await rm("dist", { recursive: true, force: true });
await mkdir("dist");
const written = new Set();
for (const bundle of bundles) {
  const { code, assets } = await ncc(new URL(`../${bundle.input}`, import.meta.url).pathname, NCC_OPTIONS);
  // ncc marks its ESM output with a package.json of {"type": "module"} and splits dynamic imports into chunks
  // (`<id>.index.js`, loaded from beside the bundle); anything else would be a missed asset.
  const chunks = Object.keys(assets ?? {}).filter((name) => /^\d+\.index\.js$/.test(name));
  const extra = Object.keys(assets ?? {}).filter((name) => name !== "package.json" && !chunks.includes(name));
  if (assets?.["package.json"]) await writeFile("dist/package.json", assets["package.json"].source);
  if (extra.length)
    throw new Error(`${bundle.input}: ncc emitted assets (${extra.join(", ")}); bundles must be self-contained`);
  for (const chunk of chunks) {
    if (written.has(chunk)) throw new Error(`${bundle.input}: chunk ${chunk} would overwrite another bundle's`);
    written.add(chunk);
    await writeFile(`dist/${chunk}`, asciiOnly(String(assets[chunk].source)));
  }
  await writeFile(bundle.output, bundle.banner + asciiOnly(code.replace(/^#!.*\n/, "")), { mode: 0o755 });
  console.log(`built ${bundle.output} (${Math.round(code.length / 1024)} KiB)`);
}
await runScript("derive-aws-actions.ts", "dist/aws-actions.json");

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

/**
 * The built-in policies' validators, generated into src/ before the bundles include them. The generator loads
 * the policies through the engine, which imports the generated module: it starts from an empty one, so a
 * broken or stale module can never break its own regeneration.
 */
async function precompilePolicies() {
  await writeFile(GENERATED, EMPTY_GENERATED);
  await runScript("precompile-policies.ts", "policies", GENERATED);
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
