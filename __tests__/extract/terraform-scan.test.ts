import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scanFolder } from "../helpers/scan.js";

const root = mkdtempSync(join(tmpdir(), "archlint-tf-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a Terraform module with a broken file", () => {
  writeFileSync(join(root, "broken.tf"), 'resource "aws_sqs_queue" "q" {\n  name = "q"\n\nresource "x" "y" {\n');
  writeFileSync(
    join(root, "main.tf"),
    'resource "aws_lambda_function" "f" {\n  function_name = "f"\n  timeout = 1000\n}\n',
  );
  const report = scanFolder(root, {});

  it("reports one parse error on the file, with its line, and scans the rest", () => {
    const errors = report.findings.filter((f) => f.policy === "parse-error");
    expect(errors.map((f) => [f.file, f.line])).toEqual([["broken.tf", 5]]);
    expect(errors[0]?.message).toContain('broken.tf could not be read as HCL: expected "}" to close the block');
    const cap = report.findings.filter((f) => f.policy === "function-timeout-exceeds-platform-max");
    expect(cap.map((f) => [f.file, f.line])).toEqual([["main.tf", 3]]);
  });
});
