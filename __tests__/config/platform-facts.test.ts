import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import type { ConfigurationErrors } from "../../src/config/configuration-errors.js";
import { loadConfig } from "../../src/config/load-config.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import facts from "../../src/knowledge/platform-facts.json" with { type: "json" };
import { lines, makeRepo } from "../helpers/repo.js";
import { scanFolder } from "../helpers/scan.js";

const PLATFORM_MAX = "function-timeout-exceeds-platform-max";
const GATEWAY_LIMIT = "function-timeout-exceeds-gateway-limit";

const lambdas = (...timeouts: number[]) =>
  lines(
    "service: jobs",
    "provider: { name: aws }",
    "functions:",
    ...timeouts.flatMap((timeout, index) => [
      `  job${index + 1}:`,
      "    handler: h.main",
      `    timeout: ${timeout}`,
      "    events: [{ http: { path: run, method: post } }]",
    ]),
  );

describe("platform facts", () => {
  it("come from one dated data file, each with the page that states it", () => {
    for (const fact of [...Object.values(facts.platforms), ...Object.values(facts.gateways)]) {
      expect(fact.source).toMatch(/^https:\/\//);
      expect(fact.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("are in the model: the timeout policies compare each function with its own platformMaxTimeout and gatewayTimeout", () => {
    const findings = scanFolder(makeRepo({ "serverless.yml": lambdas(1000, 20) })).findings;
    expect(findings.filter((f) => f.policy === PLATFORM_MAX).map((f) => f.message)).toEqual([
      "job1 has a timeout of 1000 s, above the AWS Lambda cap of 900 s",
    ]);
    expect(findings.filter((f) => f.policy === GATEWAY_LIMIT).map((f) => f.message)).toEqual([
      "job1 may run 1000 s, but its API Gateway REST API gives up after 29 s",
    ]);
  });

  it("give way to a param the config overrides, and the finding says so", () => {
    const root = makeRepo({
      "serverless.yml": lambdas(1000, 700),
      ".archlint.yml": lines("policies:", `  ${PLATFORM_MAX}: { params: { maxTimeout: 600 } }`),
    });
    const findings = scanFolder(root).findings.filter((f) => f.policy === PLATFORM_MAX);
    expect(findings.map((f) => f.message)).toEqual([
      "job1 has a timeout of 1000 s, above the AWS Lambda cap of 600 s (maxTimeout 600 set in .archlint.yml)",
      "job2 has a timeout of 700 s, above the AWS Lambda cap of 600 s (maxTimeout 600 set in .archlint.yml)",
    ]);
  });

  it("take an override of the field's type only, and name the new param when an old per-platform one is given", () => {
    const root = makeRepo({
      ".archlint.yml": lines(
        "policies:",
        `  ${PLATFORM_MAX}: { params: { maxTimeout: "600" } }`,
        `  ${GATEWAY_LIMIT}: { params: { api-gateway-rest: 20 } }`,
      ),
    });
    const loaded = loadConfig(nodeFileSystem, root);
    const errors = (() => {
      try {
        loadAllPolicies(nodeFileSystem, root, loaded);
        return [];
      } catch (error) {
        return (error as ConfigurationErrors).errors.map((e) => `${e.line}: ${e.message}`);
      }
    })();
    expect(errors).toEqual([
      `2: policies.${PLATFORM_MAX}.params.maxTimeout: expected a number, got a string ("600")`,
      `3: ${GATEWAY_LIMIT} has no param "api-gateway-rest" (its params are gatewayTimeout)`,
    ]);
  });
});
