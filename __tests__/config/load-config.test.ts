import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { ConfigurationErrors } from "../../src/config/configuration-errors.js";
import { loadConfig } from "../../src/config/load-config.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { lines, makeRepo } from "../helpers/repo.js";

/** The configuration errors a config raises, loading it and then the policies it refers to. */
function errorsOf(config: string): string[] {
  const root = makeRepo({ ".archlint.yml": config });
  try {
    loadAllPolicies(nodeFileSystem, root, loadConfig(nodeFileSystem, root));
  } catch (error) {
    if (error instanceof ConfigurationErrors) return error.message.split("\n");
    throw error;
  }
  return [];
}

const FULL = lines(
  "# yaml-language-server: $schema=https://archlint.dev/schemas/config.schema.json",
  "include: ['services/**']",
  "exclude: ['services/legacy/**']",
  "team: { size: 4, devopsExpertise: false }",
  "workload: { traffic: spiky, shortLived: true }",
  "reassessment: { lastReviewed: 2026-01-15, intervalMonths: 6 }",
  "policies:",
  "  function-long-running: off",
  "  function-timeout-exceeds-platform-max: { severity: warning, params: { awsLambdaSeconds: 600 } }",
  "policyPaths: [rules]",
  "waivers:",
  "  - policy: function-tracing-disabled",
  "    path: 'services/**'",
  "    subject: build",
  "    reason: tracing comes with the platform migration",
  "    expires: 2026-09-30",
  "failOn: warning",
  "allowInlineIgnores: false",
  "unwaivable: [iam-wildcard-permission]",
);

describe("loadConfig", () => {
  it("reads every key, with unquoted dates kept as written", () => {
    const root = makeRepo({ ".archlint.yml": FULL, "rules/.keep": "" });
    const { config, source } = loadConfig(nodeFileSystem, root);
    expect(config).toEqual({
      include: ["services/**"],
      exclude: ["services/legacy/**"],
      team: { size: 4, devopsExpertise: false },
      workload: { traffic: "spiky", shortLived: true },
      reassessment: { lastReviewed: "2026-01-15", intervalMonths: 6 },
      policies: {
        "function-long-running": "off",
        "function-timeout-exceeds-platform-max": { severity: "warning", params: { awsLambdaSeconds: 600 } },
      },
      policyPaths: ["rules"],
      waivers: [
        {
          policy: "function-tracing-disabled",
          path: "services/**",
          subject: "build",
          reason: "tracing comes with the platform migration",
          expires: "2026-09-30",
        },
      ],
      failOn: "warning",
      allowInlineIgnores: false,
      unwaivable: ["iam-wildcard-permission"],
    });
    expect(source?.file).toBe(".archlint.yml");
    expect(source?.locate(["waivers", "0", "expires"]).line).toBe(16);
  });

  it("finds .archlint.yaml, takes an explicit file first, and defaults to nothing", () => {
    const root = makeRepo({ ".archlint.yaml": "failOn: notice\n", "ci/strict.yml": "failOn: never\n" });
    expect(loadConfig(nodeFileSystem, root).config).toEqual({ failOn: "notice" });
    expect(loadConfig(nodeFileSystem, root, `${root}/ci/strict.yml`)).toMatchObject({
      config: { failOn: "never" },
      source: { file: "ci/strict.yml" },
    });
    expect(loadConfig(nodeFileSystem, makeRepo({}))).toEqual({ config: {} });
  });

  it("accepts an empty file as the defaults", () => {
    expect(loadConfig(nodeFileSystem, makeRepo({ ".archlint.yml": "# nothing yet\n" })).config).toEqual({});
  });
});

describe("a bad config names the file, the line and the problem", () => {
  it("suggests the nearest key for a typo, at any depth", () => {
    expect(errorsOf(lines("exclude: [a]", "failon: error"))).toEqual([
      '.archlint.yml:2:1: unknown key "failon"; did you mean "failOn"?',
    ]);
    expect(errorsOf(lines("team:", "  sise: 4"))).toEqual([
      '.archlint.yml:2:3: unknown key "sise" in team; did you mean "size"?',
    ]);
    expect(errorsOf(lines("colour: red"))).toEqual(['.archlint.yml:1:1: unknown key "colour"']);
  });

  it("says what type was expected", () => {
    expect(errorsOf(lines("team:", "  size: five"))).toEqual([
      '.archlint.yml:2:3: team.size: expected a whole number, got a string ("five")',
    ]);
    expect(errorsOf(lines("exclude: node_modules"))).toEqual([
      '.archlint.yml:1:1: exclude: expected a list of strings, got a string ("node_modules")',
    ]);
    expect(errorsOf(lines("allowInlineIgnores: 'no'"))).toEqual([
      '.archlint.yml:1:1: allowInlineIgnores: expected true or false, got a string ("no")',
    ]);
  });

  it("lists allowed values and suggests the nearest", () => {
    expect(errorsOf(lines("failOn: errors"))).toEqual([
      '.archlint.yml:1:1: failOn: expected one of error, warning, notice, never, got a string ("errors"); did you mean "error"?',
    ]);
    expect(errorsOf(lines("workload:", "  traffic: bursty"))[0]).toContain(
      "workload.traffic: expected one of steady, spiky, unpredictable",
    );
  });

  it("checks policy settings: off or { severity, params }", () => {
    expect(errorsOf(lines("policies:", "  function-long-running: of"))).toEqual([
      '.archlint.yml:2:3: policies.function-long-running: expected "off" or a mapping with severity and/or params, got a string ("of")',
    ]);
    expect(errorsOf(lines("policies:", "  function-long-running:", "    severty: notice"))).toEqual([
      '.archlint.yml:3:5: unknown key "severty" in policies.function-long-running; did you mean "severity"?',
    ]);
  });

  it("rejects a policy id that does not exist, with a suggestion", () => {
    expect(errorsOf(lines("policies:", "  function-long-runing: off"))).toEqual([
      '.archlint.yml:2:3: policies: "function-long-runing" is not a policy id; did you mean "function-long-running"? (archlint policies lists them)',
    ]);
    expect(errorsOf(lines("unwaivable: [iam-wildcard]"))[0]).toMatch(
      /^\.archlint\.yml:1:\d+: unwaivable: "iam-wildcard"/,
    );
  });

  it("checks params against the policy's own names and types", () => {
    expect(errorsOf(lines("policies:", "  function-long-running:", "    params: { ratoi: 0.5 }"))).toEqual([
      '.archlint.yml:3:15: function-long-running has no param "ratoi"; did you mean "ratio"? (its params are ratio)',
    ]);
    expect(errorsOf(lines("policies:", "  function-long-running:", "    params:", "      ratio: high"))).toEqual([
      '.archlint.yml:4:7: policies.function-long-running.params.ratio: expected a number, got a string ("high")',
    ]);
  });

  it("checks waivers: required fields, real dates, known and waivable policies", () => {
    const waiver = (...extra: string[]) =>
      lines("waivers:", "  - policy: function-long-running", "    path: '**'", ...extra);
    expect(errorsOf(waiver("    expires: 2026-01-01"))).toEqual(['.archlint.yml:2:5: waivers.0 is missing "reason"']);
    expect(errorsOf(waiver("    reason: '  '", "    expires: 2026-01-01"))).toEqual([
      '.archlint.yml:4:5: waivers.0.reason: expected a reason that is not blank, got a string ("  ")',
    ]);
    expect(errorsOf(waiver("    reason: r", "    expires: 'next year'"))).toEqual([
      '.archlint.yml:5:5: waivers.0.expires: expected a date (YYYY-MM-DD), got a string ("next year")',
    ]);
    expect(errorsOf(waiver("    reason: r", "    expires: '2026-02-30'"))).toEqual([
      ".archlint.yml:5:5: waivers.0.expires: 2026-02-30 is not a day of the calendar",
    ]);
    expect(
      errorsOf(`unwaivable: [function-long-running]\n${waiver("    reason: r", "    expires: 2026-01-01")}`),
    ).toEqual([
      '.archlint.yml:3:5: waiver #1: "function-long-running" is listed in unwaivable, so it cannot be waived',
    ]);
  });

  it("keeps policyPaths inside the scanned root", () => {
    expect(errorsOf(lines("policyPaths:", "  - ../elsewhere"))).toEqual([
      '.archlint.yml:2:5: policyPaths: "../elsewhere" is outside the scanned root; give a folder inside it',
    ]);
    expect(errorsOf(lines("policyPaths: [missing]"))[0]).toContain('policyPaths: "missing" is not a folder');
  });

  it("reports YAML that does not parse, and a config that is not a mapping", () => {
    expect(errorsOf(lines("exclude: [a", "failOn: error"))[0]).toMatch(/^\.archlint\.yml:2:\d+: /);
    expect(errorsOf(lines("- a", "- b"))).toEqual([
      ".archlint.yml:1:1: the config must be a YAML mapping of settings (include, policies, waivers, …)",
    ]);
  });
});
