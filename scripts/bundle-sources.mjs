// What the bundles are built from, and one hash of it that scripts/build.mjs writes into each bundle, so a test
// run can tell a bundle built from other sources (a content hash, since a fresh clone's file times say nothing).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Folders and files, relative to the project, whose content goes into dist/ (the fixtures give the examples). */
export const BUNDLE_SOURCES = [
  "src",
  "policies",
  "schemas",
  "__tests__/fixtures/policies",
  "scripts/build.mjs",
  "scripts/bundle-sources.mjs",
  "scripts/ncc-options.mjs",
  "scripts/generated-modules.ts",
  "scripts/write-generated-modules.ts",
  "scripts/derive-aws-actions.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

const RECORD = /^\/\/ archlint sources sha256:([0-9a-f]{64})$/m;

/** sha256 over every source file's path and text (line endings as LF, so a Windows checkout hashes alike). */
export function sourcesHash(project, sources = BUNDLE_SOURCES) {
  const hash = createHash("sha256");
  for (const file of sources.flatMap((path) => filesUnder(project, path)).sort()) {
    const text = readFileSync(join(project, file), "utf8").replaceAll("\r\n", "\n");
    hash.update(`${file}\0${text}\0`);
  }
  return hash.digest("hex");
}

/** The line scripts/build.mjs puts at the top of a bundle (after its shebang). */
export function sourcesRecord(hash) {
  return `// archlint sources sha256:${hash}\n`;
}

/** The hash a bundle's text records, if any. */
export function recordedSourcesHash(bundle) {
  return bundle.match(RECORD)?.[1];
}

function filesUnder(project, path) {
  if (!statSync(join(project, path)).isDirectory()) return [path];
  return readdirSync(join(project, path), { recursive: true, encoding: "utf8" })
    .map((name) => `${path}/${name.split("\\").join("/")}`)
    .filter((file) => statSync(join(project, file)).isFile());
}
