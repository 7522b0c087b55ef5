import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { OWN_SCHEMAS, readSchema, schemaValidatorsModule } from "../../scripts/precompile-schemas.mjs";
import { validateConfig, validatePolicyFile } from "../../src/config/schema-validators.generated.js";

const PROJECT = join(import.meta.dirname, "../..");
const GENERATED = { validateConfig, validatePolicyFile };

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

describe("archlint's own schemas, compiled at build time", () => {
  it("are what `npm run build` writes from schemas/ (run it after changing a schema)", () => {
    const committed = readFileSync(join(PROJECT, "src/config/schema-validators.generated.ts"), "utf8");
    expect(committed).toBe(schemaValidatorsModule());
    expect(committed).not.toMatch(/require\(/);
  });

  it.each(OWN_SCHEMAS as { name: keyof typeof GENERATED; file: string; options: object; keywords: string[] }[])(
    "$name answers, errors included, as ajv compiling $file at run time",
    ({ name, file, options, keywords }) => {
      const ajv = new Ajv(options);
      for (const keyword of keywords) ajv.addKeyword(keyword);
      const compiled = ajv.compile(readSchema(file));
      const precompiled = GENERATED[name];
      let invalid = 0;
      for (const document of DOCUMENTS) {
        const valid = compiled(document);
        expect(precompiled(document)).toBe(valid);
        expect(precompiled.errors ?? null).toEqual(compiled.errors ?? null);
        if (!valid) invalid++;
      }
      expect(invalid).toBeGreaterThan(5);
    },
  );
});
