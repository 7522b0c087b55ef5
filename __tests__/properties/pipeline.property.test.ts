import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { preparePolicies } from "../../src/engine/policies.js";
import { evaluate } from "../../src/evaluate/evaluate.js";
import { ADAPTERS } from "../../src/extract/adapters.js";
import { Extractor } from "../../src/extract/extract.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { link } from "../../src/link/link.js";
import type { ParsedFile } from "../../src/parse/parsed-file.js";
import { FIXED_NOW } from "../helpers/scan.js";
import { manifest, manifestPath, propertyRuns } from "./arbitraries.js";

const policies = preparePolicies(loadAllPolicies(nodeFileSystem));
const anywhere = { locate: () => ({ line: 1, column: 1 }) };

const file = fc.record({
  path: manifestPath,
  documents: fc.array(manifest, { minLength: 1, maxLength: 3 }),
});

describe("the extraction pipeline", () => {
  it(`every registered adapter (${ADAPTERS.map((a) => a.name).join(", ")}), link and evaluate accept any document (${propertyRuns(3000)} cases)`, () => {
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 3 }), (files) => {
        const extractor = new Extractor(ADAPTERS);
        for (const { path, documents } of files) {
          const format = path.endsWith(".json") ? "json" : "yaml";
          const parsed: ParsedFile = { path, format, text: "", documents, locator: anywhere };
          extractor.add(parsed);
        }
        const model = link(extractor.finish(), { now: FIXED_NOW, name: "repo" });
        expect(extractor.failures).toEqual([]);
        evaluate(model.entities, policies);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: propertyRuns(3000) },
    );
  });
});
