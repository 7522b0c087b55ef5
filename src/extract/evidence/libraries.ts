import type { Library } from "../../knowledge/observability-catalog.js";
import { ECOSYSTEM_FILES } from "../../knowledge/observability-catalog.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { ModelSink } from "../adapter.js";
import { isDict } from "../values.js";
import { firstMatchLine } from "./text-search.js";

const NPM_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies"];

/** Dependencies on known libraries in a package manifest, each on the line that declares it. */
export function emitLibraries(file: ParsedFile, libraries: readonly Library[], sink: ModelSink): void {
  const ecosystems = new Set(
    Object.entries(ECOSYSTEM_FILES)
      .filter(([, path]) => path.test(file.path))
      .map(([ecosystem]) => ecosystem),
  );
  if (ecosystems.size === 0) return;
  const seen = new Set<string>();
  for (const library of libraries) {
    if (!ecosystems.has(library.ecosystem)) continue;
    const line = library.ecosystem === "npm" ? npmLine(file, library) : firstMatchLine(file.text, library.pattern);
    if (line === undefined) continue;
    for (const category of library.categories) {
      const key = `${category}\u0000${library.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sink.evidence({ category, value: library.value, file: file.path, line });
    }
  }
}

function npmLine(file: ParsedFile, library: Library): number | undefined {
  const manifest = file.documents[0];
  if (!isDict(manifest)) return undefined;
  const { pattern } = library;
  for (const section of NPM_SECTIONS) {
    const dependencies = manifest[section];
    if (!isDict(dependencies)) continue;
    const name = Object.keys(dependencies).find((key) => pattern.test(key));
    if (name) return file.locator.locate(0, [section, name]).line;
  }
  return undefined;
}
