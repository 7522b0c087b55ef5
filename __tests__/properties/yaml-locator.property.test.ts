import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { ComposedYamlLocator } from "../../src/parse/composed-yaml-locator.js";
import { ExactYamlLocator } from "../../src/parse/exact-yaml-locator.js";
import { LineIndex } from "../../src/parse/line-index.js";
import { parseFile } from "../../src/parse/parse-file.js";
import { missingPaths, pathsOf } from "../helpers/yaml-paths.js";
import { key, nestedOf, propertyRuns } from "./arbitraries.js";

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.array(fc.string({ maxLength: 10 }), { minLength: 2, maxLength: 4 }).map((lines) => lines.join("\n")),
  fc.constantFrom("a: b", "- x", "#", "x #y", "'q'", '"d"', "!Ref x", "", " lead", "trail\n", "1.0", "~"),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const value = nestedOf(scalar);

const root = fc.oneof(
  fc.dictionary(key, value, { minKeys: 1, maxKeys: 6, noNullPrototype: true }),
  fc.array(value, { minLength: 1, maxLength: 4 }),
);

const dumpOptions = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  noArrayIndent: fc.boolean(),
  flowLevel: fc.constantFrom(-1, -1, 1, 2, 3),
  lineWidth: fc.constantFrom(80, 20, -1),
  quotingType: fc.constantFrom("'", '"') as fc.Arbitrary<"'" | '"'>,
  forceQuotes: fc.boolean(),
});

/** Blank and comment lines (at any indentation) inserted before some lines: `[line, text]`. */
const insertions = fc.array(
  fc.tuple(fc.nat(60), fc.constantFrom("", "   ", "# c", "  # c", "    # deep", "      # deeper", " #x")),
  { maxLength: 4 },
);

function withInsertions(text: string, inserted: [number, string][]): string {
  const lines = text.split("\n");
  for (const [at, line] of inserted) lines.splice(Math.min(at, lines.length - 1), 0, line);
  return lines.join("\n");
}

describe("the composed-node locator", () => {
  it(`answers as the \`yaml\` locator on every path of dumped block YAML, or leaves it to it (${propertyRuns(1000)} cases)`, () => {
    let lookups = 0;
    let answered = 0;
    fc.assert(
      fc.property(
        fc.array(root, { minLength: 1, maxLength: 3 }),
        dumpOptions,
        insertions,
        fc.boolean(),
        (documents, options, inserted, crlf) => {
          const dumped = documents.map((document) => yaml.dump(document, options)).join("---\n");
          const lf = withInsertions(dumped, inserted);
          const text = crlf ? lf.replaceAll("\n", "\r\n") : lf;
          const parsed = parseFile("f.yml", text, "yaml");
          fc.pre(!parsed.error);
          const fast = new ComposedYamlLocator(text, new LineIndex(text).starts);
          const exact = new ExactYamlLocator(text);
          parsed.documents.forEach((document, doc) => {
            const paths = pathsOf(document);
            for (const path of [[], ...paths, ...missingPaths(paths)]) {
              lookups++;
              const found = fast.find(doc, path);
              if (found) answered++;
              if (found) expect({ path, range: found }).toEqual({ path, range: exact.find(doc, path) });
            }
          });
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
    // The property is only worth something if the composed nodes answer nearly every lookup.
    expect(answered / lookups).toBeGreaterThan(0.9);
  });
});
