import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/engine/scan.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { PROJECT } from "../helpers/bundle.js";
import { FIXED_NOW } from "../helpers/scan.js";

const SCHEMAS = join(PROJECT, "schemas", "model");
const FIXTURES = join(PROJECT, "__tests__", "fixtures", "policies");

function validators() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schemas = readdirSync(SCHEMAS).map((name) => JSON.parse(readFileSync(join(SCHEMAS, name), "utf8")));
  for (const schema of schemas) ajv.addSchema(schema);
  return (kind: string) => ajv.getSchema(`https://archlint.dev/schemas/model/${kind}.schema.json`);
}

const fixtureFolders = readdirSync(FIXTURES).flatMap((policy) =>
  readdirSync(join(FIXTURES, policy)).map((name) => join(FIXTURES, policy, name)),
);

describe("the model's JSON Schemas", () => {
  const validatorFor = validators();

  it("every schema has a description for every field", () => {
    for (const name of readdirSync(SCHEMAS)) {
      const schema = JSON.parse(readFileSync(join(SCHEMAS, name), "utf8"));
      expect(schema.$schema, name).toBe("http://json-schema.org/draft-07/schema#");
      const missing = Object.entries(schema.properties as Record<string, { description?: string }>)
        .filter(([, property]) => !property.description)
        .map(([field]) => field);
      expect(missing, name).toEqual([]);
    }
  });

  it.each(fixtureFolders)("describe the entities extracted from %s", (folder) => {
    const { model } = scan({ root: folder, fs: nodeFileSystem, policies: [], now: FIXED_NOW });
    for (const entity of model.entities) {
      const validate = validatorFor(entity.kind);
      if (!validate) continue;
      expect(validate(entity) ? [] : validate.errors, `${entity.kind} ${entity.name}`).toEqual([]);
    }
  });
});
