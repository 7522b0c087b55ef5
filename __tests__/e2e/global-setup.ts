import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { recordedSourcesHash, sourcesHash } from "../../scripts/bundle-sources.mjs";

const PROJECT = join(import.meta.dirname, "..", "..");
const BUNDLES = ["dist/cli.js", "dist/index.js"];

/**
 * The slow tests run the bundles: never ones built from other sources. Each bundle records the hash of what it was
 * built from; when one differs from the sources' hash now (or is missing), the bundles are rebuilt first.
 */
export default function buildStaleBundles(): void {
  const current: string = sourcesHash(PROJECT);
  const stale = BUNDLES.filter((bundle) => {
    const file = join(PROJECT, bundle);
    return !existsSync(file) || recordedSourcesHash(readFileSync(file, "utf8")) !== current;
  });
  if (stale.length === 0) return;
  process.stdout.write(`${stale.join(", ")} built from other sources: npm run build\n`);
  execFileSync(process.execPath, [join(PROJECT, "scripts", "build.mjs")], { cwd: PROJECT, stdio: "inherit" });
}
