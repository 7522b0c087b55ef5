import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/report/render.js";
import { lines, makeRepo } from "../helpers/repo.js";
import { scanFolder } from "../helpers/scan.js";

const root = makeRepo({
  "serverless.yml": lines(
    "service: etl",
    "provider: { name: aws }",
    "functions:",
    "  transform:",
    "    # archlint:ignore function-long-running batch | moves to *Fargate*",
    "    timeout: 720",
  ),
});

describe("reports of suppressed findings", () => {
  const report = scanFolder(root);

  it("JSON lists each suppressed finding with its reason and origin", () => {
    const json = JSON.parse(renderReport("json", report, []));
    expect(json.suppressed).toEqual([
      expect.objectContaining({
        policy: "function-long-running",
        file: "serverless.yml",
        line: 6,
        column: 5,
        reason: "batch | moves to *Fargate*",
        suppressedBy: "inline serverless.yml:5",
      }),
    ]);
  });

  it("text shows the suppressed count in its summary", () => {
    expect(renderReport("text", report, [])).toMatch(
      /\d+ errors, \d+ warnings, \d+ notices in 1 files, 1 suppressed\n$/,
    );
  });

  it("Markdown shows the count and a collapsed, escaped list", () => {
    const markdown = renderReport("markdown", report, []);
    expect(markdown).toMatch(/notices in 1 files; \*\*1\*\* suppressed\./);
    expect(markdown).toContain(
      [
        "<details>",
        "<summary>1 suppressed finding</summary>",
        "",
        "| Policy | Where | Suppressed by | Reason |",
        "|---|---|---|---|",
        "| `function-long-running` | serverless\\.yml:6 | inline serverless\\.yml:5 | batch \\| moves to \\*Fargate\\* |",
        "",
        "</details>",
      ].join("\n"),
    );
  });
});
