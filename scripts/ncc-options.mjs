// The one set of ncc options: the committed bundles (build.mjs), the policy precompiler (build.mjs) and the
// bench's parse floor (bench.mjs) are compiled alike, so the floor runs the same code as the CLI.
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";

export const ncc = createRequire(import.meta.url)("@vercel/ncc");

export const NCC_OPTIONS = {
  cache: false,
  minify: false,
  sourceMap: false,
  target: "es2022",
  quiet: true,
  license: "",
};

/** Bundles a TypeScript entry that runs on its own (a script, not a published bundle) into one `.mjs` file. */
export async function bundleScript(entry, file) {
  const { code } = await ncc(entry, NCC_OPTIONS);
  await writeFile(file, code);
  return file;
}
