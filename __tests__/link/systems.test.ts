import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/report/report.js";
import { renderText } from "../../src/report/text.js";
import { scanFolder } from "../helpers/scan.js";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "archlint-systems-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const sam = (extra = "") => `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      CodeUri: src/
${extra}`;

const compose = (service: string) => `services:
  ${service}:
    build: ./${service}
    ports: ["8080:8080"]
`;

/** Four samples, each with its own stack and nothing naming another. */
const SAMPLES = {
  "flask-web/compose.yaml": compose("web"),
  "flask-web/web/Dockerfile": "FROM python:3.12\n",
  "go-api/compose.yaml": compose("api"),
  "go-api/api/Dockerfile": "FROM golang:1.22\n",
  "sqs-lambda/template.yaml": sam(),
  "sns-lambda/template.yaml": sam(),
};

const repositoryFindings = (report: Report) => report.findings.filter((f) => f.subject.kind === "repository");

describe("systems", () => {
  it("reads a collection of four independent samples as four systems, each judged in its own folder", () => {
    const { inventory, findings } = scanFolder(repository(SAMPLES));
    expect(inventory.systems?.map((s) => [s.name, s.root])).toEqual([
      ["flask-web", "flask-web"],
      ["go-api", "go-api"],
      ["sns-lambda", "sns-lambda"],
      ["sqs-lambda", "sqs-lambda"],
    ]);
    expect(inventory.systems?.map((s) => s.style.value)).toEqual(["monolith", "monolith", "serverless", "serverless"]);
    const about = findings.filter((f) => f.subject.kind === "repository");
    expect(about.length).toBeGreaterThan(0);
    for (const finding of about) {
      expect(finding.message).toMatch(new RegExp(`^System ${finding.subject.name}: `));
      expect(finding.file.startsWith(`${finding.subject.name}/`)).toBe(true);
    }
  });

  it("reports a problem the systems share once, at the first system, with every other system's place attached", () => {
    const { findings } = scanFolder(repository(SAMPLES));
    const metrics = findings.filter((f) => f.policy === "metrics-stack-missing");
    expect(metrics).toHaveLength(1);
    const [shared] = metrics;
    expect(shared?.message).toMatch(/^System flask-web: .* \(and 3 other systems: go-api, sns-lambda, sqs-lambda\)$/);
    expect(shared?.alsoIn?.map((place) => place.file.split("/")[0])).toEqual(["go-api", "sns-lambda", "sqs-lambda"]);
    expect(renderText(scanFolder(repository(SAMPLES)), { colour: false })).toMatch(
      /System flask-web: .*\(also in go-api\/compose.yaml:\d+, sns-lambda\/template.yaml:\d+, sqs-lambda\/template.yaml:\d+\)/,
    );
  });

  it("says how many systems a collection holds where it would count every sample's services as one system's", () => {
    const report = scanFolder(repository(SAMPLES));
    const text = renderText(report, { colour: false });
    expect(text).toContain("a collection of 4 independent systems");
    expect(text).toMatch(/Systems\s+4: flask-web \(monolith, 1 owned service\)/);
    expect(text).toMatch(/Owned services\s+4 across the 4 systems/);
  });

  it("keeps one application whose services sit in sub-folders and whose deployment variants share its images", () => {
    const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: ${name}
          image: registry.example.com/shop/${name}:1.0
`;
    const services = ["cart", "orders", "frontend"];
    const files: Record<string, string> = {};
    for (const name of services) {
      files[`src/${name}/Dockerfile`] = "FROM node:20\n";
      files[`kubernetes-manifests/${name}.yaml`] = deployment(name);
      files[`release/${name}.yaml`] = deployment(name);
      files[`staging/${name}.yaml`] = deployment(name);
    }
    files["docker/compose.yaml"] =
      `services:\n${services.map((n) => `  ${n}:\n    image: registry.example.com/shop/${n}:1.0\n    build: ../src/${n}\n`).join("")}`;
    const { inventory } = scanFolder(repository(files));
    expect(inventory.systems?.map((s) => s.root)).toEqual(["."]);
    expect(inventory.ownedServices.map((s) => s.name).sort()).toEqual(["cart", "frontend", "orders"]);
  });

  it("joins stacks that reach into each other's folder, as the services of one serverless platform do", () => {
    const nested = `  DeadLetters:
    Type: AWS::Serverless::Application
    Properties:
      Location: ../../shared/templates/dlq.yaml
`;
    const files = {
      "shared/templates/dlq.yaml":
        'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n',
      "platform/template.yaml": sam(nested),
      "orders/template.yaml": sam(nested),
      "payments/template.yaml": sam(nested),
      "users/template.yaml": sam(nested),
    };
    expect(scanFolder(repository(files)).inventory.systems?.map((s) => s.root)).toEqual(["."]);
    const apart = {
      ...files,
      "payments/template.yaml": sam(),
      "orders/template.yaml": sam(),
      "users/template.yaml": sam(),
    };
    expect(scanFolder(repository(apart)).inventory.systems?.map((s) => s.name)).toEqual([
      "orders",
      "payments",
      "platform + shared",
      "users",
    ]);
  });

  it("joins stacks that each publish under their own folder's name in one parameter namespace", () => {
    const publishing = (name: string) => `  Url:
    Type: AWS::SSM::Parameter
    Properties:
      Name: !Sub /shop/\${Environment}/${name}/api/url
      Type: String
      Value: x
`;
    const stacks = (prefix: string) =>
      Object.fromEntries(
        ["orders", "payments", "users", "stock"].map((n) => [`${n}/template.yaml`, sam(publishing(`${prefix}${n}`))]),
      );
    expect(scanFolder(repository(stacks(""))).inventory.systems?.map((s) => s.root)).toEqual(["."]);
    expect(scanFolder(repository(stacks("x-"))).inventory.systems?.length).toBe(4);
  });

  it("keeps one finding per item a system's policy judges: two systems' wildcard statements are two problems", () => {
    const wildcard = `      Policies:
        - Statement:
            - Effect: Allow
              Action: "*"
              Resource: "*"
`;
    const { findings } = scanFolder(
      repository({ ...SAMPLES, "sqs-lambda/template.yaml": sam(wildcard), "sns-lambda/template.yaml": sam(wildcard) }),
    );
    const wildcards = findings.filter((f) => f.policy === "iam-wildcard-permission");
    expect(wildcards.map((f) => f.file)).toEqual(["sns-lambda/template.yaml", "sqs-lambda/template.yaml"]);
    expect(wildcards.every((f) => !f.alsoIn)).toBe(true);
  });

  it("takes the systems the config declares over the ones it finds", () => {
    const root = repository({
      ...SAMPLES,
      ".archlint.yml":
        "systems:\n  - name: web\n    paths: [flask-web, go-api]\n  - name: jobs\n    path: sqs-lambda\n  - name: events\n    path: sns-lambda\n",
    });
    const report = scanFolder(root);
    expect(report.inventory.systems?.map((s) => [s.name, s.root, s.ownedServices.length])).toEqual([
      ["web", ".", 2],
      ["jobs", "sqs-lambda", 1],
      ["events", "sns-lambda", 1],
    ]);
    const judged = repositoryFindings(report).flatMap((f) => [
      f.subject.name,
      ...(/other systems?: ([^)]*)\)$/.exec(f.message)?.[1]?.split(", ") ?? []),
    ]);
    expect(new Set(judged)).toEqual(new Set(["web", "jobs", "events"]));
  });
});
