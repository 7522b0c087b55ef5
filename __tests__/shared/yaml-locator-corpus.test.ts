import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import type { DocPath } from "../../src/model/types.js";
import { ComposedYamlLocator } from "../../src/parse/composed-yaml-locator.js";
import { ExactYamlLocator } from "../../src/parse/exact-yaml-locator.js";
import { LineIndex } from "../../src/parse/line-index.js";
import { parseFile } from "../../src/parse/parse-file.js";
import type { ParsedFile } from "../../src/parse/parsed-file.js";
import { YamlLocator } from "../../src/parse/yaml-locator.js";
import { missingPaths, pathsOf } from "../helpers/yaml-paths.js";
import { sharedFolder } from "./shared-folder.js";

const CORPUS = join(sharedFolder(), "corpus");
const PATHS_PER_DOCUMENT = 2_000;

/** Every `.yml`/`.yaml` file of the corpus that js-yaml loads. */
function loadedYamlFiles(): ParsedFile[] {
  return readdirSync(CORPUS, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => parseFile(file, readFileSync(file, "utf8"), "yaml"))
    .filter((parsed) => !parsed.error);
}

/** The documents (by index) `yaml` reports errors on. */
function documentsWithErrors(text: string): Set<number> {
  const documents = parseAllDocuments(text, { uniqueKeys: false, strict: false });
  const list = Array.isArray(documents) ? documents : [documents];
  return new Set(list.flatMap((document, index) => (document.errors.length > 0 ? [index] : [])));
}

/** Each top-level key and each key below it (a CloudFormation resource, a Compose service…) of every document. */
function resourcePaths(file: ParsedFile): [number, DocPath][] {
  return file.documents.flatMap((document, doc) =>
    pathsOf(document)
      .filter((path) => path.length <= 2)
      .map((path): [number, DocPath] => [doc, path]),
  );
}

describe("the composed-node locator on the shared corpus", () => {
  const files = loadedYamlFiles();

  it("answers exactly as the `yaml` locator on every path of every YAML file js-yaml loads", () => {
    let lookups = 0;
    let fallbacks = 0;
    const disagreements: string[] = [];
    for (const file of files) {
      const fast = new ComposedYamlLocator(file.text, new LineIndex(file.text).starts);
      const exact = new ExactYamlLocator(file.text);
      const yamlErrors = documentsWithErrors(file.text);
      file.documents.forEach((document, doc) => {
        if (yamlErrors.has(doc)) return;
        const paths = pathsOf(document, PATHS_PER_DOCUMENT);
        for (const path of [[], ...paths, ...missingPaths(paths)]) {
          lookups++;
          const found = fast.find(doc, path);
          if (!found) fallbacks++;
          else if (String(found) !== String(exact.find(doc, path))) {
            disagreements.push(`${file.path} #${doc} ${JSON.stringify(path)}: ${found} vs ${exact.find(doc, path)}`);
          }
        }
      });
    }
    console.info(`${files.length} files, ${lookups} lookups, ${((100 * fallbacks) / lookups).toFixed(1)}% fell back`);
    expect(disagreements.slice(0, 20)).toEqual([]);
    expect(files.length).toBeGreaterThan(2500);
    // `yaml` re-reads a file only for what the composed nodes cannot say (0.2% of lookups when written).
    expect(fallbacks / lookups).toBeLessThan(0.01);
  });

  // `yaml` reports errors on these (a flow value going on left of its key, …) and recovers otherwise than js-yaml
  // reads them, so it is no oracle there: each key the locator finds must be that key.
  it("finds each key where the text holds it in documents js-yaml loads and `yaml` reports errors on", () => {
    let checked = 0;
    const misplaced: string[] = [];
    for (const file of files) {
      const yamlErrors = documentsWithErrors(file.text);
      if (yamlErrors.size === 0) continue;
      const fast = new ComposedYamlLocator(file.text, new LineIndex(file.text).starts);
      for (const doc of yamlErrors) {
        for (const path of pathsOf(file.documents[doc], PATHS_PER_DOCUMENT)) {
          const key = path[path.length - 1];
          // A short-form tag's long-form key (`!Ref x` read as `Ref: x`) and what is below it are found at the
          // tagged value, by design.
          const written =
            typeof key === "string" && !path.some((segment) => /^(Ref|Condition|Fn::\w+)$/.test(`${segment}`));
          const found = written ? fast.find(doc, path) : undefined;
          // Resources and the like must not be left to `yaml` there; deeper paths may be (to an ancestor at worst).
          if (!found && written && path.length <= 2)
            misplaced.push(`${file.path} #${doc} ${JSON.stringify(path)}: left to yaml`);
          if (!found) continue;
          checked++;
          const at = file.text.slice(found[0]);
          const spelt = (spelling: unknown) =>
            at.startsWith(`${spelling}`) && /^[ \t]*:/.test(at.slice(`${spelling}`.length));
          if (![key, `"${key}"`, `'${key}'`].some(spelt))
            misplaced.push(`${file.path} #${doc} ${JSON.stringify(path)}: ${JSON.stringify(at.slice(0, 40))}`);
        }
      }
    }
    console.info(`${checked} keys checked in documents \`yaml\` reports errors on`);
    expect(misplaced.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it("locates every top-level resource faster than the `yaml` locator alone", () => {
    const time = (locate: (file: ParsedFile, doc: number, path: DocPath) => unknown) => {
      const started = performance.now();
      for (const file of files) for (const [doc, path] of resourcePaths(file)) locate(file, doc, path);
      return performance.now() - started;
    };
    const exact = new Map<ParsedFile, ExactYamlLocator>();
    const combined = new Map<ParsedFile, YamlLocator>();
    const old = time((file, doc, path) => {
      if (!exact.has(file)) exact.set(file, new ExactYamlLocator(file.text));
      return exact.get(file)?.find(doc, path);
    });
    const now = time((file, doc, path) => {
      if (!combined.has(file)) combined.set(file, new YamlLocator(file.text));
      return combined.get(file)?.locate(doc, path);
    });
    let lookups = 0;
    let fallbacks = 0;
    let filesReparsed = 0;
    for (const file of files) {
      const fast = new ComposedYamlLocator(file.text, new LineIndex(file.text).starts);
      const before = fallbacks;
      for (const [doc, path] of resourcePaths(file)) {
        lookups++;
        if (!fast.find(doc, path)) fallbacks++;
      }
      if (fallbacks > before) filesReparsed++;
    }
    const fellBack = ((100 * fallbacks) / lookups).toFixed(1);
    console.info(
      `${lookups} resource lookups in ${files.length} files: yaml ${old.toFixed(0)} ms, composed-node locator ` +
        `${now.toFixed(0)} ms; ${fellBack}% fell back, ${filesReparsed} files re-read by yaml`,
    );
    expect(now).toBeLessThan(old);
  });
});
