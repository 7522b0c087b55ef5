import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/engine/scan.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { PROJECT } from "../helpers/bundle.js";
import { FIXED_NOW } from "../helpers/scan.js";
import { sharedFolder } from "./shared-folder.js";

const SCHEMAS = join(PROJECT, "schemas", "model");

/**
 * The model's schemas are closed (`additionalProperties: false`), so a field an adapter or link sets that no
 * schema documents fails here: the schemas cannot lag the code on 5,000 real manifests.
 */
describe("every entity of the shared corpus", () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const name of readdirSync(SCHEMAS)) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, name), "utf8")));
  const { model } = scan({ root: join(sharedFolder(), "corpus"), fs: nodeFileSystem, policies: [], now: FIXED_NOW });
  const kinds = [...new Set(model.entities.map((e) => e.kind))].sort();

  it("covers every entity kind", () => {
    expect(kinds).toEqual([
      "autoscaler",
      "function",
      "gateway",
      "network-policy",
      "queue",
      "repository",
      "service",
      "workload",
    ]);
  });

  it.each(kinds)("%s: validates against its closed schema", (kind) => {
    const validate = ajv.getSchema(`https://archlint.dev/schemas/model/${kind}.schema.json`);
    if (!validate) throw new Error(`no schema for ${kind}`);
    const problems = new Map<string, string>();
    for (const entity of model.entities.filter((e) => e.kind === kind)) {
      if (validate(entity)) continue;
      for (const error of validate.errors ?? []) {
        const extra = error.keyword === "additionalProperties" ? ` ${error.params.additionalProperty}` : "";
        problems.set(`${error.instancePath} ${error.message}${extra}`, entity.id);
      }
    }
    expect(Object.fromEntries(problems)).toEqual({});
  });
});
