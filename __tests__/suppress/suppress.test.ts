import { describe, expect, it } from "vitest";
import type { Report } from "../../src/report/report.js";
import { lines, makeRepo } from "../helpers/repo.js";
import { scanFolder } from "../helpers/scan.js";

const LONG = "function-long-running";

/** A stack whose `transform` function (declared on line 6) runs 720 s, which function-long-running flags on line 8. */
function stack(comments: { declaration?: string; above?: string; trailing?: string } = {}): string {
  return lines(
    "service: etl",
    "provider:",
    "  name: aws",
    "functions:",
    `  ${comments.declaration ?? "# a plain comment"}`,
    "  transform:",
    `    ${comments.above ?? "# another"}`,
    `    timeout: 720${comments.trailing ? ` ${comments.trailing}` : ""}`,
  );
}

function scan(files: Record<string, string>): Report {
  return scanFolder(makeRepo(files));
}

const about = (report: Report, policy: string) => ({
  findings: report.findings.filter((f) => f.policy === policy),
  suppressed: report.suppressed.filter((f) => f.policy === policy),
});

describe("inline archlint:ignore", () => {
  it("suppresses from directly above the entity's declaration, with its reason and origin", () => {
    const report = scan({
      "serverless.yml": stack({ declaration: `# archlint:ignore ${LONG} nightly batch, Fargate in Q3` }),
    });
    const { findings, suppressed } = about(report, LONG);
    expect(findings).toEqual([]);
    expect(suppressed).toEqual([
      expect.objectContaining({
        file: "serverless.yml",
        line: 8,
        reason: "nightly batch, Fargate in Q3",
        suppressedBy: "inline serverless.yml:5",
      }),
    ]);
    expect(report.findings.filter((f) => f.policy === "unused-suppression")).toEqual([]);
  });

  it("suppresses from the line above the finding and from the finding's own line", () => {
    const above = scan({ "serverless.yml": stack({ above: `# archlint:ignore ${LONG} batch job` }) });
    expect(about(above, LONG).suppressed.map((f) => f.suppressedBy)).toEqual(["inline serverless.yml:7"]);
    const trailing = scan({ "serverless.yml": stack({ trailing: `# archlint:ignore ${LONG} batch job` }) });
    expect(about(trailing, LONG).suppressed.map((f) => f.suppressedBy)).toEqual(["inline serverless.yml:8"]);
  });

  it("does not suppress without a reason, and the finding says why", () => {
    const report = scan({ "serverless.yml": stack({ declaration: `# archlint:ignore ${LONG}` }) });
    const { findings, suppressed } = about(report, LONG);
    expect(suppressed).toEqual([]);
    expect(findings.map((f) => f.message)).toEqual([
      "transform has a timeout of 720 s, close to the AWS Lambda cap of 900 s " +
        "(the archlint:ignore at serverless.yml:5 gives no reason, so it does not suppress this finding)",
    ]);
  });

  it("reports an ignore that matches nothing as an unused-suppression notice on its line", () => {
    const report = scan({
      "serverless.yml": stack({
        declaration: "# archlint:ignore function-timeout-exceeds-platform-max,function-long-runing stale",
      }),
    });
    expect(about(report, "unused-suppression").findings).toEqual([
      expect.objectContaining({
        severity: "notice",
        line: 5,
        column: 3,
        message:
          "archlint:ignore function-timeout-exceeds-platform-max matches no finding on this line, the next line, or the entity declared below it",
      }),
      expect.objectContaining({
        line: 5,
        message:
          'archlint:ignore names "function-long-runing", which is not a policy id; did you mean "function-long-running"?',
      }),
    ]);
    expect(about(report, LONG).findings).toHaveLength(1);
  });

  it("is not honoured when the config sets allowInlineIgnores: false", () => {
    const report = scan({
      "serverless.yml": stack({ above: `# archlint:ignore ${LONG} batch job` }),
      ".archlint.yml": "allowInlineIgnores: false\n",
    });
    expect(about(report, LONG).suppressed).toEqual([]);
    expect(about(report, LONG).findings[0]?.message).toMatch(
      /\(the archlint:ignore at serverless\.yml:7 does not apply: allowInlineIgnores is false in \.archlint\.yml\)$/,
    );
  });
});

describe("config waivers", () => {
  const waiver = (expires: string, extra = "") =>
    lines(
      "waivers:",
      `  - policy: ${LONG}`,
      "    path: '**/serverless.yml'",
      "    reason: accepted until the batch moves to Fargate",
      `    expires: ${expires}${extra}`,
    );

  it("suppresses while live: through its expiry day, by the injected clock", () => {
    const report = scan({ "serverless.yml": stack(), ".archlint.yml": waiver("2026-06-01") });
    expect(about(report, LONG)).toEqual({
      findings: [],
      suppressed: [
        expect.objectContaining({
          line: 8,
          reason: "accepted until the batch moves to Fargate",
          suppressedBy: "waiver #1 in .archlint.yml",
        }),
      ],
    });
  });

  it("no longer suppresses once expired, and the finding says so", () => {
    const report = scan({ "serverless.yml": stack(), ".archlint.yml": waiver("2026-05-31") });
    const { findings, suppressed } = about(report, LONG);
    expect(suppressed).toEqual([]);
    expect(findings[0]?.message).toMatch(/ \(waiver #1 in \.archlint\.yml expired on 2026-05-31\)$/);
  });

  it("matches only its path glob and subject", () => {
    const elsewhere = waiver("2026-12-31").replace("'**/serverless.yml'", "'services/**'");
    expect(about(scan({ "serverless.yml": stack(), ".archlint.yml": elsewhere }), LONG).suppressed).toEqual([]);
    const otherSubject = `${waiver("2026-12-31")}    subject: load\n`;
    expect(about(scan({ "serverless.yml": stack(), ".archlint.yml": otherSubject }), LONG).suppressed).toEqual([]);
    const sameSubject = `${waiver("2026-12-31")}    subject: transform\n`;
    expect(about(scan({ "serverless.yml": stack(), ".archlint.yml": sameSubject }), LONG).suppressed).toHaveLength(1);
  });

  it("reports a waiver that matches no finding as an unused-suppression notice on its line in the config", () => {
    const elsewhere = waiver("2026-12-31").replace("'**/serverless.yml'", "'services/**'");
    const stale = `${elsewhere}  - policy: ${LONG}\n    path: '**'\n    reason: old\n    expires: 2026-01-31\n`;
    const report = scan({ "serverless.yml": stack(), ".archlint.yml": stale });
    expect(about(report, "unused-suppression").findings).toEqual([
      expect.objectContaining({
        file: ".archlint.yml",
        line: 2,
        column: 5,
        message: `waiver #1 (${LONG} in services/**) matches no finding: remove it, or correct its path or subject`,
      }),
    ]);
    const used = scan({ "serverless.yml": stack(), ".archlint.yml": waiver("2026-06-01") });
    expect(about(used, "unused-suppression").findings).toEqual([]);
  });

  it("says an unused waiver has expired, and does not count a waiver that matched an expired finding as unused", () => {
    const other = waiver("2026-01-31")
      .replace(`policy: ${LONG}`, "policy: log-retention-unset")
      .replace("'**/serverless.yml'", "'nowhere/**'");
    const report = scan({ "serverless.yml": stack(), ".archlint.yml": other });
    expect(about(report, "unused-suppression").findings.map((f) => f.message)).toEqual([
      "waiver #1 (log-retention-unset in nowhere/**) expired on 2026-01-31 and matches no finding: remove it, or correct its path or subject",
    ]);
    const expiredButMatching = scan({ "serverless.yml": stack(), ".archlint.yml": waiver("2026-05-31") });
    expect(about(expiredButMatching, "unused-suppression").findings).toEqual([]);
  });

  it("cannot suppress an unwaivable policy, inline or not, and the finding says so", () => {
    const report = scan({
      "serverless.yml": stack({ above: `# archlint:ignore ${LONG} batch job` }),
      ".archlint.yml": `unwaivable: [${LONG}]\n`,
    });
    expect(about(report, LONG).suppressed).toEqual([]);
    expect(about(report, LONG).findings[0]?.message).toMatch(
      /\(function-long-running is unwaivable in \.archlint\.yml, so no ignore or waiver applies\)$/,
    );
    expect(about(report, "unused-suppression").findings).toEqual([]);
  });
});
