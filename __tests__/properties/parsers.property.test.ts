import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { readAndParse } from "../../src/engine/read-file.js";
import type { FileSystem } from "../../src/io/file-system.js";
import { JsonLocator } from "../../src/parse/json-locator.js";
import { parseFile } from "../../src/parse/parse-file.js";
import type { FileFormat } from "../../src/parse/parsed-file.js";
import { YamlLocator } from "../../src/parse/yaml-locator.js";
import { bytes, mapping, propertyRuns } from "./arbitraries.js";

/** Every parsed format. */
const FORMATS: FileFormat[] = ["yaml", "json", "hcl", "helm-template", "text"];

const inMemory = (content: Uint8Array): FileSystem => ({
  readDirectory: () => [],
  stat: () => ({ size: content.length, type: "file" }),
  realPath: (path) => path,
  readFile: () => content,
});

describe("parsers never throw", () => {
  it.each(FORMATS)(`on random bytes read as %s (${propertyRuns(1000)} cases)`, (format) => {
    fc.assert(
      fc.property(
        bytes,
        fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.nat(5)), { maxLength: 3 }),
        (content, path) => {
          const parsed = readAndParse(inMemory(content), "/r", { path: "f", format, size: content.length });
          expect(Array.isArray(parsed.documents)).toBe(true);
          if (parsed.error) expect(parsed.error.line).toBeGreaterThanOrEqual(1);
          const position = parsed.locator.locate(0, path);
          expect(position.line).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
  });
});

const asJson = (value: unknown) => JSON.stringify(value);
/** `<<` is a merge key for the YAML 1.1 loaders manifests are written for, so it does not round-trip. */
const withoutMergeKeys = mapping.filter((value) => !asJson(value).includes('"<<"'));

describe("documents survive a round trip", () => {
  it(`as JSON (${propertyRuns(1000)} cases)`, () => {
    fc.assert(
      fc.property(mapping, (value) => {
        const parsed = parseFile("f.json", JSON.stringify(value, null, 2), "json");
        expect(parsed.error).toBeUndefined();
        expect(asJson(parsed.documents[0])).toBe(asJson(value));
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  it(`as YAML, block and flow styles (${propertyRuns(1000)} cases)`, () => {
    fc.assert(
      // Written by the `yaml` package: js-yaml's own dump leaves some flow scalars unquoted (e.g. `[{(:{: 0}]`).
      fc.property(
        withoutMergeKeys,
        fc.constantFrom("block", "flow") as fc.Arbitrary<"block" | "flow">,
        (value, style) => {
          const text = stringify(value, { collectionStyle: style, aliasDuplicateObjects: false });
          const parsed = parseFile("f.yml", text, "yaml");
          expect(parsed.error).toBeUndefined();
          expect(asJson(parsed.documents[0])).toBe(asJson(value));
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
  });
});

/** Every path to a node of the value, keys and indexes. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (typeof value !== "object" || value === null) return [];
  return Object.keys(value).flatMap((k) => [
    [...prefix, k],
    ...pathsOf((value as Record<string, unknown>)[k], [...prefix, k]),
  ]);
}

describe("locators", () => {
  it(`the YAML locator (the \`yaml\` package's ranges) and the JSON one (jsonc-parser) agree on JSON text (${propertyRuns(1000)} cases)`, () => {
    fc.assert(
      fc.property(mapping, fc.nat(), fc.boolean(), (value, pick, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const paths = pathsOf(value);
        const path = paths[pick % paths.length] ?? [];
        const { line, column } = new JsonLocator(text).locate(0, path);
        expect(new YamlLocator(text).locate(0, path)).toMatchObject({ line, column });
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});
