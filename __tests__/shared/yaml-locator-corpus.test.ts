import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BlockYamlLocator } from "../../src/parse/block-yaml-locator.js";
import { ExactYamlLocator } from "../../src/parse/exact-yaml-locator.js";
import { LineIndex } from "../../src/parse/line-index.js";
import { parseFile } from "../../src/parse/parse-file.js";
import { missingPaths, pathsOf } from "../helpers/yaml-paths.js";
import { sharedFolder } from "./shared-folder.js";

const CORPUS = join(sharedFolder(), "corpus");
const PATHS_PER_DOCUMENT = 2_000;

function yamlFiles(): string[] {
  return readdirSync(CORPUS, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("the line locator on the shared corpus", () => {
  it("answers exactly as the `yaml` locator on every path of every YAML file js-yaml loads", () => {
    let lookups = 0;
    let fallbacks = 0;
    let files = 0;
    const disagreements: string[] = [];
    for (const file of yamlFiles()) {
      const parsed = parseFile(file, readFileSync(file, "utf8"), "yaml");
      if (parsed.error) continue;
      files++;
      const fast = new BlockYamlLocator(parsed.text, new LineIndex(parsed.text).starts);
      const exact = new ExactYamlLocator(parsed.text);
      parsed.documents.forEach((document, doc) => {
        const paths = pathsOf(document, PATHS_PER_DOCUMENT);
        for (const path of [[], ...paths, ...missingPaths(paths)]) {
          lookups++;
          const found = fast.find(doc, path);
          if (!found) fallbacks++;
          else if (String(found) !== String(exact.find(doc, path))) {
            disagreements.push(`${file} #${doc} ${JSON.stringify(path)}: ${found} vs ${exact.find(doc, path)}`);
          }
        }
      });
    }
    console.info(`${files} files, ${lookups} lookups, ${((100 * fallbacks) / lookups).toFixed(2)}% fell back`);
    expect(disagreements.slice(0, 20)).toEqual([]);
    expect(files).toBeGreaterThan(2500);
  });
});
