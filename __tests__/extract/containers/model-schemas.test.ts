import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { scan } from "../../../src/engine/scan.js";
import { nodeFileSystem } from "../../../src/io/file-system.js";
import type { Entity } from "../../../src/model/types.js";

const PROJECT = join(import.meta.dirname, "..", "..", "..");
const FIXTURES = join(PROJECT, "__tests__", "fixtures", "policies");
const KINDS = ["workload", "autoscaler", "service", "gateway", "network-policy"];

function entitiesOf(...folders: string[]): Entity[] {
  return folders.flatMap(
    (folder) =>
      scan({ root: join(FIXTURES, folder), fs: nodeFileSystem, policies: [], now: new Date(0) }).model.entities,
  );
}

describe("schemas/model", () => {
  const entities = entitiesOf(
    "hpa-target-without-resource-requests/k8s-sidecar-without-cpu",
    "hpa-min-replicas-below-two/helm-scaffold-values",
    "services-exposed-without-gateway/compose-published-ports",
    "services-exposed-without-gateway/k8s-ingress-in-front",
    "workload-not-network-isolated/k8s-one-unselected",
    "shared-database-across-services/k8s-same-database",
    "workload-missing-probes/cfn-ecs-health-check-off-and-service-connect",
    "workload-missing-probes/terraform-ecs-templatefile-cloud-map",
    "deployment-replicas-fixed-under-hpa/terraform-ecs-ignore-changes",
  );

  it.each(KINDS)("%s: every entity validates and every field it carries is documented", (kind) => {
    const schema = JSON.parse(readFileSync(join(PROJECT, "schemas", "model", `${kind}.schema.json`), "utf8"));
    const validate = new Ajv({ strict: false }).compile(schema);
    const ofKind = entities.filter((e) => e.kind === kind);
    expect(ofKind.length).toBeGreaterThan(0);
    for (const entity of ofKind) {
      expect(validate(entity), JSON.stringify(validate.errors)).toBe(true);
      for (const field of Object.keys(entity)) expect(Object.keys(schema.properties)).toContain(field);
    }
    for (const [field, property] of Object.entries(schema.properties as Record<string, { description?: string }>)) {
      expect(property.description, `${kind}.${field}`).toBeTruthy();
    }
  });
});
