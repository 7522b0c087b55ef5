import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { schemaValidatorsModule } from "../../scripts/generated-modules.js";
import { validateConfig, validatePolicyFile } from "../../src/config/schema-validators.js";
import { importGenerated } from "../helpers/generated-module.js";

const PROJECT = join(import.meta.dirname, "../..");
const sources = { validateConfig, validatePolicyFile };

/** Documents of every shape the schemas judge: valid ones and each kind of mistake. */
const DOCUMENTS: unknown[] = [
  {},
  null,
  [],
  "text",
  { include: ["**/*.yml", ""], exclude: [""], team: { size: 0, devopsExpertise: "yes" } },
  { workload: { traffic: "bursty", shortLived: true }, reassessment: { lastReviewed: "2026-13", intervalMonths: 1.5 } },
  { policies: { "lambda-timeout": "of", "cold-start": { severity: "fatal", params: [] }, x: { extra: 1 } } },
  { waivers: [{ policy: "", path: "a", reason: "  ", expires: "soon" }, { policy: "p" }, "w"], failOn: "never" },
  { allowInlineIgnores: 1, unwaivable: ["a", 2], policyPaths: ["😀", ""], typo: true },
  { id: "x", title: "t", severity: "error", subject: "function", assert: { type: "object" } },
  { id: "", severity: "fatal", subject: 1, when: [], params: { a: { default: 1 } }, escalate: [{}] },
  ...["examples/shop/.archlint.yml", "policies/function-timeout-exceeds-gateway-limit.yml"].map((file) =>
    yaml.load(readFileSync(join(PROJECT, file), "utf8"), { schema: yaml.JSON_SCHEMA }),
  ),
];

describe("archlint's own schemas, compiled ahead of time into the bundles", async () => {
  const text = schemaValidatorsModule();
  const bundled = await importGenerated<Record<"validateConfig" | "validatePolicyFile", ValidateFunction>>(text);

  it("need no CommonJS require in the ES module bundles", () => {
    expect(text).not.toMatch(/require\(/);
  });

  it.each(["validateConfig", "validatePolicyFile"] as const)(
    "%s answers, errors included, as the sources compile it at run time",
    (name) => {
      let invalid = 0;
      for (const document of DOCUMENTS) {
        const valid = sources[name](document);
        expect(bundled[name](document)).toBe(valid);
        expect(bundled[name].errors ?? null).toEqual(sources[name].errors ?? null);
        if (!valid) invalid++;
      }
      expect(invalid).toBeGreaterThan(5);
    },
  );
});
