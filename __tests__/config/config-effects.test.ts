import { describe, expect, it } from "vitest";
import { lines, makeRepo } from "../helpers/repo.js";
import { scanFolder } from "../helpers/scan.js";

const stack = (timeout: number) =>
  lines(
    "service: jobs",
    "provider: { name: aws }",
    "functions:",
    "  job:",
    "    handler: h.main",
    `    timeout: ${timeout}`,
  );

const policiesFound = (files: Record<string, string>, policy: string) =>
  scanFolder(makeRepo(files))
    .findings.filter((f) => f.policy === policy)
    .map((f) => `${f.file}:${f.line} ${f.severity}`);

describe("what .archlint.yml changes in a scan", () => {
  const files = { "a/serverless.yml": stack(1200), "b/serverless.yml": stack(1200) };
  const MAX = "function-timeout-exceeds-platform-max";

  it("include and exclude choose the files read", () => {
    expect(policiesFound(files, MAX)).toEqual(["a/serverless.yml:6 error", "b/serverless.yml:6 error"]);
    expect(policiesFound({ ...files, ".archlint.yml": "include: ['a/**']\n" }, MAX)).toEqual([
      "a/serverless.yml:6 error",
    ]);
    expect(policiesFound({ ...files, ".archlint.yml": "exclude: ['a/**']\n" }, MAX)).toEqual([
      "b/serverless.yml:6 error",
    ]);
  });

  it("policies turn a policy off, change its severity, or its params", () => {
    const config = (setting: string) => ({ ...files, ".archlint.yml": `policies:\n  ${MAX}: ${setting}\n` });
    expect(policiesFound(config("off"), MAX)).toEqual([]);
    expect(policiesFound(config("{ severity: notice }"), MAX)).toEqual([
      "a/serverless.yml:6 notice",
      "b/serverless.yml:6 notice",
    ]);
    const long = "function-long-running";
    const ratio = (value: number) => ({
      "serverless.yml": stack(700),
      ".archlint.yml": `policies:\n  ${long}: { params: { ratio: ${value} } }\n`,
    });
    expect(policiesFound(ratio(0.8), long)).toEqual([]);
    expect(policiesFound(ratio(0.7), long)).toEqual(["serverless.yml:6 warning"]);
  });
});
