import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { scanFolder } from "../helpers/scan.js";

const FOLDER = join(import.meta.dirname, "..", "fixtures", "repositories", "well-instrumented");
const SCHEMA = join(import.meta.dirname, "..", "..", "schemas", "model", "inventory.schema.json");

describe("a well-instrumented repository", () => {
  const report = scanFolder(FOLDER);

  it("gets no repository-level finding at all", () => {
    expect(report.findings.filter((f) => f.subject.kind === "repository")).toEqual([]);
  });

  it("shows every pillar, its IaC, its deploying pipeline and its declared team in the inventory", () => {
    const repository = report.inventory;
    expect(repository.team).toEqual({
      size: 8,
      source: "config",
      detail: "team.size in .archlint.yml",
      file: ".archlint.yml",
    });
    expect(
      Object.fromEntries(Object.entries(repository.observability).map(([p, list]) => [p, list.map((e) => e.value)])),
    ).toEqual({
      metrics: ["CloudWatch alarms"],
      traces: ["AWS X-Ray (function tracing)"],
      logs: ["CloudWatch Logs retention"],
      dashboards: ["CloudWatch dashboards"],
    });
    expect(repository.iac.tools.map((t) => t.tool)).toEqual(["Terraform", "Serverless Framework"]);
    expect(repository.iac.clusterInCode).toEqual([
      { value: "Terraform cluster module", file: "infra/cluster.tf", line: 2 },
    ]);
    expect(repository.delivery.systems).toEqual([
      {
        system: "GitHub Actions",
        files: [".github/workflows/deploy.yml"],
        deploys: true,
        deploySteps: [
          { value: "terraform apply", file: ".github/workflows/deploy.yml", line: 9 },
          { value: "serverless deploy", file: ".github/workflows/deploy.yml", line: 10 },
        ],
      },
    ]);
    expect(repository.reassessment).toEqual({ last: "2026-02-01", source: "config" });
  });

  it("has an inventory that its published schema describes", () => {
    const validate = new Ajv({ validateFormats: false }).compile(JSON.parse(readFileSync(SCHEMA, "utf8")));
    expect(validate(JSON.parse(JSON.stringify(report.inventory))), JSON.stringify(validate.errors)).toBe(true);
  });
});
