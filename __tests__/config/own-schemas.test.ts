import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import configSchema from "../../schemas/config.schema.json" with { type: "json" };
import policySchema from "../../schemas/policy.schema.json" with { type: "json" };

describe("archlint's own schemas, compiled at build time without the meta-schema check", () => {
  it.each([
    ["config.schema.json", configSchema],
    ["policy.schema.json", policySchema],
  ])("%s is a valid JSON Schema", (_, schema) => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
  });
});
