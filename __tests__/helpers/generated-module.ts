import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Imports a module's text as the bundles would carry it (scripts/generated-modules.ts), from a scratch file. */
export async function importGenerated<T>(text: string): Promise<T> {
  const file = join(mkdtempSync(join(tmpdir(), "archlint-generated-")), "module.ts");
  writeFileSync(file, text);
  return (await import(/* @vite-ignore */ file)) as T;
}
