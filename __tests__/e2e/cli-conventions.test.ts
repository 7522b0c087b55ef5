import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { PROJECT, runCli } from "../helpers/bundle.js";

const POLICIES = join(PROJECT, "__tests__", "fixtures", "policies");
const EXPLICIT = join(POLICIES, "function-timeout-exceeds-platform-max", "serverless-explicit");
const SCHEMAS = join(PROJECT, "__tests__", "schemas");
const ESCAPE = "\u001b[";

describe("colour", () => {
  it("follows NO_COLOR, FORCE_COLOR and --no-color (the test's stdout is a pipe, not a terminal)", () => {
    const scan = (env: NodeJS.ProcessEnv, ...flags: string[]) => runCli(["scan", EXPLICIT, ...flags], { env }).stdout;
    expect(scan({ NO_COLOR: "" })).not.toContain(ESCAPE);
    expect(scan({ NO_COLOR: "", FORCE_COLOR: "1" })).toContain(`${ESCAPE}31merror`);
    expect(scan({ NO_COLOR: "1", FORCE_COLOR: "1" })).toContain(ESCAPE);
    expect(scan({ NO_COLOR: "", FORCE_COLOR: "0" })).not.toContain(ESCAPE);
    expect(scan({ NO_COLOR: "", FORCE_COLOR: "1" }, "--no-color")).not.toContain(ESCAPE);
  });

  it("never colours a report written to a file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "archlint-")), "report.txt");
    runCli(["scan", EXPLICIT, "--format", `text=${file}`], { env: { FORCE_COLOR: "1" } });
    expect(readFileSync(file, "utf8")).not.toContain(ESCAPE);
  });
});

describe("--quiet", () => {
  it("reports only the findings that reach the gate, with no inventory, and keeps the exit status", () => {
    const loud = runCli(["scan", EXPLICIT]);
    const quiet = runCli(["scan", EXPLICIT, "--quiet"]);
    expect(loud.stdout).toMatch(/ warning /);
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).toMatch(/ error /);
    expect(quiet.stdout).not.toMatch(/ (warning|notice) /);
    expect(quiet.stdout).not.toContain("Inventory");
    const [, loudWarnings] = /(\d+) warnings,/.exec(loud.stdout) ?? [];
    expect(Number(loudWarnings)).toBeGreaterThan(0);
    expect(quiet.stdout).toMatch(/ 0 warnings, 0 notices in \d+ files; \d+ below the fail level not shown/);
    const json = JSON.parse(runCli(["scan", EXPLICIT, "-q", "--fail-on", "warning", "--format", "json"]).stdout);
    expect(new Set(json.findings.map((f: { severity: string }) => f.severity))).toEqual(new Set(["error", "warning"]));
  });
});

describe("several reports in one run", () => {
  it("writes each --format FORMAT=FILE to its file (folders created) and the one without a file to stdout", async () => {
    const folder = mkdtempSync(join(tmpdir(), "archlint-"));
    const { status, stdout } = runCli([
      "scan",
      EXPLICIT,
      "--format",
      "text",
      "--format",
      `sarif=${join(folder, "archlint.sarif")}`,
      "--format",
      `junit=${join(folder, "reports", "junit.xml")}`,
      "--format",
      `gitlab=${join(folder, "gl-code-quality.json")}`,
    ]);
    expect(status).toBe(1);
    expect(stdout).toContain("function-timeout-exceeds-platform-max");
    expect(JSON.parse(readFileSync(join(folder, "archlint.sarif"), "utf8")).version).toBe("2.1.0");
    const junit = await validateXML({
      xml: { fileName: "junit.xml", contents: readFileSync(join(folder, "reports", "junit.xml"), "utf8") },
      schema: { fileName: "junit-10.xsd", contents: readFileSync(join(SCHEMAS, "junit-10.xsd"), "utf8") },
    });
    expect(junit.errors).toEqual([]);
    const gitlab = JSON.parse(readFileSync(join(folder, "gl-code-quality.json"), "utf8"));
    const validate = new Ajv().compile(
      JSON.parse(readFileSync(join(SCHEMAS, "gitlab-code-quality.schema.json"), "utf8")),
    );
    expect([validate(gitlab), validate.errors]).toEqual([true, null]);
    expect(gitlab.map((i: { check_name: string }) => i.check_name)).toContain("function-timeout-exceeds-platform-max");
  });

  it("keeps --output for the report given without a file", () => {
    const folder = mkdtempSync(join(tmpdir(), "archlint-"));
    const result = runCli([
      "scan",
      EXPLICIT,
      "-f",
      "json",
      "-f",
      `markdown=${join(folder, "r.md")}`,
      "-o",
      join(folder, "r.json"),
    ]);
    expect([result.status, result.stdout]).toEqual([1, ""]);
    expect(JSON.parse(readFileSync(join(folder, "r.json"), "utf8")).findings.length).toBeGreaterThan(0);
    expect(readFileSync(join(folder, "r.md"), "utf8")).toContain("## archlint");
  });

  it("refuses two reports for one destination, and an unknown format", () => {
    expect(runCli(["scan", EXPLICIT, "--format", "json", "--format", "sarif"])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("only one --format can go to standard output"),
    });
    expect(runCli(["scan", EXPLICIT, "-f", "json=x.json", "-f", "sarif=x.json"]).stderr).toContain(
      "two reports would be written to x.json",
    );
    expect(runCli(["scan", EXPLICIT, "-f", "checkstyle"]).status).toBe(2);
  });
});

describe("a single file as the scan target", () => {
  it("scans that file alone, named from the working directory, under the working directory's config", () => {
    const repo = mkdtempSync(join(tmpdir(), "archlint-"));
    mkdirSync(join(repo, "deploy"));
    writeFileSync(join(repo, "deploy", "serverless.yml"), readFileSync(join(EXPLICIT, "serverless.yml")));
    writeFileSync(join(repo, "deploy", "other.yml"), readFileSync(join(EXPLICIT, "serverless.yml")));
    writeFileSync(join(repo, ".archlint.yml"), "policies:\n  function-tracing-disabled: off\n");
    const { status, stdout } = runCli(["scan", "deploy/serverless.yml", "--format", "json"], { cwd: repo });
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary.files).toBe(1);
    const found = report.findings.map((f: { policy: string; file: string }) => `${f.file} ${f.policy}`);
    expect(found).toContain("deploy/serverless.yml function-timeout-exceeds-platform-max");
    expect(found.filter((f: string) => !f.startsWith("deploy/serverless.yml "))).toEqual([]);
    // Repository-level policies judge a whole repository, not one file; the config applied.
    expect(found.some((f: string) => /distributed-tracing-missing|continuous-delivery|function-tracing/.test(f))).toBe(
      false,
    );
  });

  it("scans a file outside the working directory from its own folder", () => {
    // Two sibling folders, so the file is outside the working directory wherever the checkout is.
    const elsewhere = mkdtempSync(join(tmpdir(), "archlint-file-"));
    cpSync(join(EXPLICIT, "serverless.yml"), join(elsewhere, "serverless.yml"));
    const { status, stdout } = runCli(["scan", join(elsewhere, "serverless.yml"), "--format", "json"], {
      cwd: mkdtempSync(join(tmpdir(), "archlint-cwd-")),
    });
    expect(status).toBe(1);
    expect(JSON.parse(stdout).findings[0].file).toBe("serverless.yml");
  });
});

describe("archlint policies", () => {
  it("lists parameters (in force, and defaults) and docs links in JSON", () => {
    const list = JSON.parse(runCli(["policies", "--format", "json"]).stdout);
    const hpa = list.find((p: { id: string }) => p.id === "hpa-min-replicas-below-two");
    expect(hpa).toMatchObject({
      params: { minimum: 2 },
      defaultParams: { minimum: 2 },
      docs: "https://github.com/archlint/archlint/blob/main/docs/policies.md#hpa-min-replicas-below-two",
    });
  });

  it("rejects a format it does not support", () => {
    expect(runCli(["policies", "--format", "sarif"])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('policies --format must be one of text, json, not "sarif"'),
    });
  });
});

describe("archlint explain", () => {
  it("explains a policy with its examples, and names the nearest id for a typo", () => {
    const { status, stdout } = runCli(["explain", "function-timeout-exceeds-platform-max"]);
    expect(status).toBe(0);
    expect(stdout).toContain("function-timeout-exceeds-platform-max: Function timeout above the platform's hard cap");
    expect(stdout).toMatch(/How to fix: .+\n\nFires on \(test case [^)]+\):\n[\s\S]+\n {2}> +\d+ \| [\s\S]+Silent on/);
    expect(runCli(["explain", "function-timeout-exceeds-platfrom-max"])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('did you mean "function-timeout-exceeds-platform-max"?'),
    });
  });
});
