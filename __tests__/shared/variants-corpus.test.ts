import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ReportFinding } from "../../src/report/report.js";
import { scanFolder } from "../helpers/scan.js";
import { sharedFolder } from "./shared-folder.js";

/**
 * The whole applications of the corpus, each scanned as its own root, ship one system in several deployment
 * variants (raw manifests, a release bundle, Kustomize, Helm, compose layers). One problem on one object is one
 * finding however many variants repeat it: no (policy, object) pair is reported twice from different files.
 */
const APPLICATIONS = [
  "GoogleCloudPlatform__microservices-demo",
  "GoogleCloudPlatform__bank-of-anthos",
  "microservices-demo__microservices-demo",
  "instana__robot-shop",
  "spring-petclinic__spring-petclinic-microservices",
  "open-telemetry__opentelemetry-demo",
  "aws-samples__aws-serverless-ecommerce-platform",
  "Azure-Samples__Serverless-microservices-reference-architecture",
];

/** Objects that come in deployment variants; functions of different stacks that share a name are different. */
const VARIANT_KINDS = new Set(["workload", "service", "autoscaler", "gateway", "network-policy"]);

function repeated(findings: ReportFinding[]): string[] {
  const files = new Map<string, Set<string>>();
  for (const f of findings.filter((f) => VARIANT_KINDS.has(f.subject.kind))) {
    const key = `${f.policy} ${f.subject.kind} ${f.subject.name}`;
    files.set(key, (files.get(key) ?? new Set()).add(f.file));
  }
  return [...files].filter(([, where]) => where.size > 1).map(([key, where]) => `${key}: ${[...where].join(", ")}`);
}

describe("whole applications: one finding per problem across deployment variants", () => {
  for (const application of APPLICATIONS) {
    it(application, () => {
      const report = scanFolder(join(sharedFolder(), "corpus", application));
      if (process.env.ARCHLINT_VARIANTS_OUT)
        writeFileSync(join(process.env.ARCHLINT_VARIANTS_OUT, `${application}.json`), JSON.stringify(report));
      expect(repeated(report.findings)).toEqual([]);
    });
  }
});
