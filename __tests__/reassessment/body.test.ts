import { describe, expect, it } from "vitest";
import { MAX_BODY_CHARS, renderReassessmentBody } from "../../src/report/reassessment/body.js";
import { reassessmentPeriod } from "../../src/report/reassessment/period.js";
import { markedYear, readSnapshot, snapshotOf } from "../../src/report/reassessment/snapshot.js";
import { renderWhatChanged } from "../../src/report/reassessment/trend.js";
import { finding, report, WELL_INSTRUMENTED } from "./report-factory.js";

const NOW = new Date("2026-11-27T10:00:00Z");
const PERIOD = reassessmentPeriod(NOW);
const LINKS = { serverUrl: "https://ghe.example.com/", repository: "acme/shop", ref: "abc123", pathPrefix: "deploy/" };

const REPOSITORY = { kind: "repository", name: "shop" };

describe("the reassessment issue body", () => {
  it("leads with the marker, the snapshot and the verdict, and links findings to their exact lines", () => {
    const { body, snapshot } = renderReassessmentBody({
      report: report([
        finding("iac-missing", "error", ".archlint.yml", 1, REPOSITORY, "nothing provisions infrastructure"),
        finding("function-timeout-exceeds-platform-max", "error", "fns/serverless.yml", 11),
        finding("function-log-retention-missing", "notice", "fns/serverless.yml", 20, {
          kind: "function",
          name: "worker",
        }),
      ]),
      period: PERIOD,
      now: NOW,
      links: LINKS,
    });
    expect(markedYear(body)).toBe(2026);
    expect(readSnapshot(body)).toEqual(snapshot);
    const { files } = report([]).summary;
    expect(body).toContain(
      `**Verdict: At risk** — 2 errors, 0 warnings, 1 notices in ${files} files (updated 2026-11-27).`,
    );
    expect(body).toContain(
      "| error | `iac-missing` | shop | [\\.archlint\\.yml:1](https://ghe.example.com/acme/shop/blob/abc123/deploy/.archlint.yml#L1) | nothing provisions infrastructure |",
    );
    const top = body.slice(body.indexOf("## Top function"), body.indexOf("## Inventory"));
    expect(top.indexOf("function-timeout-exceeds-platform-max")).toBeLessThan(top.indexOf("function-log-retention"));
    expect(top).toContain("(https://ghe.example.com/acme/shop/blob/abc123/deploy/fns/serverless.yml#L20)");
    expect(top).not.toContain("iac-missing");
    expect(body).toContain("**Last review:** none recorded.");
    expect(body).toContain("Not available: this is the first reassessment archlint recorded.");
  });

  it("escapes every repository string and encodes link targets", () => {
    const scanned = report([
      finding("x-policy", "warning", "a (b)/<img src=x>.yml", 2, { kind: "workload", name: "@admins" }, "**bold** <b>"),
    ]);
    // Names and paths as a hostile repository could spell them.
    const [service] = scanned.inventory.ownedServices;
    if (service) service.name = "cart<script>";
    scanned.inventory.observability.logs.push({ value: "loki", file: "ops/[loki](x).yml" });
    const { body } = renderReassessmentBody({
      report: scanned,
      period: PERIOD,
      now: NOW,
      links: LINKS,
    });
    expect(body).not.toMatch(/(?<!\\)<(img|script|b)/);
    expect(body).toContain("\\*\\*bold\\*\\* \\<b\\>");
    expect(body).not.toMatch(/@admins/);
    expect(body).toContain("@\u200badmins");
    expect(body).toContain("/deploy/a%20%28b%29/%3Cimg%20src%3Dx%3E.yml#L2)");
    expect(body).toContain("ops/\\[loki\\]\\(x\\)\\.yml");
    expect(body).toContain("cart\\<script\\>");
  });

  it("renders examples/shop's inventory: declared answers, empty pillars and lists said so, a checklist", () => {
    const { body } = renderReassessmentBody({ report: report([]), period: PERIOD, now: NOW });
    expect(body).toContain("**Verdict: Healthy**");
    expect(body).toContain("- **Functions:** 4 (aws\\-lambda: 4)");
    expect(body).toContain("- **Owned services:** 3 (shop\\-orders, cart, catalog)");
    expect(body).toContain("- **Formats:** compose 5, kubernetes 5, serverless\\-framework 4");
    expect(body).toContain("- **Team size:** 2 (from config)");
    expect(body).toContain("- **IaC tools:** Serverless Framework");
    expect(body).toContain("- **CI/CD:** none found");
    expect(body).toMatch(/## Architecture map\n\nNot available\./);
    expect(body).toContain("| Is traffic unpredictable? | no | declared | workload\\.traffic: spiky |");
    expect(body).toContain("- [ ] Do we have DevOps expertise? **no** — `team.devopsExpertise`");
    for (const pillar of ["metrics", "traces", "logs", "dashboards"])
      expect(body).toContain(`| ${pillar} | **none found** |`);
  });

  it("renders a well-instrumented repository's facts, the map, the framework answers and the pillars", () => {
    const { body } = renderReassessmentBody({
      report: report([], WELL_INSTRUMENTED),
      period: PERIOD,
      now: NOW,
      architectureMap: "flowchart LR\n  gw --> orders",
    });
    expect(body).toContain("- **Owned services:** 1 (orders)");
    expect(body).toContain("- **Team size:** 8 (from config)");
    expect(body).toContain("- **IaC tools:** Terraform, Serverless Framework");
    expect(body).toContain("- **CI/CD:** GitHub Actions");
    expect(body).toContain("```mermaid\nflowchart LR\n  gw --> orders\n```");
    expect(body).toContain(
      "| Is traffic unpredictable? | unknown | unknown | set workload\\.traffic in \\.archlint\\.yml |",
    );
    expect(body).toContain("| Do we have DevOps expertise? | yes | inferred | infrastructure in code");
    expect(body).toContain("- [ ] Is traffic unpredictable? **unknown** — `workload.traffic`");
    expect(body).toContain("| metrics | orders/serverless\\.yml |");
  });

  it("shows the trend against the previous reassessment's snapshot", () => {
    const before = snapshotOf(
      report([finding("a-b", "warning", "x.yml", 1)], WELL_INSTRUMENTED),
      1,
      2025,
      new Date("2025-12-01T00:00:00Z"),
    );
    const { body } = renderReassessmentBody({
      report: report([finding("a-b", "error", "x.yml", 1)]),
      period: PERIOD,
      now: NOW,
      previous: { number: 12, snapshot: before },
      lastReview: { date: "2025-12-20", source: "#12, closed" },
    });
    expect(body).toContain("**Previous reassessment:** #12.");
    expect(body).toContain("**Last review:** 2025\\-12\\-20 (#12, closed).");
    expect(body).toContain("| | 2025 (2025-12-01) | 2026 (2026-11-27) | Change |");
    expect(body).toContain("| Owned services | 1 | 3 | +2 |");
    expect(body).toContain("| Functions | 1 | 4 | +3 |");
    expect(body).toContain("| Findings: error | 0 | 1 | +1 |");
    expect(body).toContain("| Findings: warning | 1 | 0 | −1 |");
    expect(body).toContain("| Verdict | Needs attention | At risk | changed |");
  });

  it("stays under GitHub's limit with thousands of findings, keeping the marker and the snapshot", () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      finding(
        "function-timeout-exceeds-platform-max",
        i % 2 ? "error" : "warning",
        `stacks/s${i}/serverless.yml`,
        i + 1,
        { kind: "repository", name: `r${i}` },
        "x".repeat(40),
      ),
    );
    const { body, snapshot } = renderReassessmentBody({
      report: report(many),
      period: PERIOD,
      now: NOW,
      links: LINKS,
      runUrl: "https://github.com/acme/shop/actions/runs/1",
    });
    expect(body.length).toBeLessThan(65_536);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(readSnapshot(body)).toEqual(snapshot);
    expect(snapshot.findings).toEqual({ error: 2500, warning: 2500, notice: 0 });
    expect(body).toContain(
      "> **Truncated:** this reassessment is longer than GitHub allows; the full report is in [the run](https://github.com/acme/shop/actions/runs/1).",
    );
  });

  it("drops the top findings, then the map, before cutting anything", () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      finding("p", "warning", `f${i}.yml`, 1, { kind: "function", name: "y".repeat(150) }),
    );
    const { body } = renderReassessmentBody({
      report: report(many),
      period: PERIOD,
      now: NOW,
      architectureMap: `flowchart LR\n${"  a --> b\n".repeat(6300)}`,
    });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(body).toContain("290 more not shown (the 10 most severe are above).");
    expect(body).toContain("## Architecture map\n\nLeft out: too large for an issue.");
    expect(body).not.toContain("Truncated");
  });
});

describe("the what-changed comment", () => {
  it("names the verdicts, the counts that moved and the policies that started or stopped firing", () => {
    const before = snapshotOf(
      report([finding("old-policy", "warning", "a.yml", 1)]),
      1,
      2026,
      new Date("2026-10-01T00:00:00Z"),
    );
    const after = snapshotOf(
      report([finding("new-policy", "error", "a.yml", 1), finding("new-policy", "error", "b.yml", 1)]),
      1,
      2026,
      NOW,
    );
    expect(renderWhatChanged(before, after)).toBe(
      [
        "**archlint:** the verdict changed from **Needs attention** to **At risk** (2026-11-27).",
        "",
        "- error findings: 0 → 2 (+2)",
        "- warning findings: 1 → 0 (−1)",
        "- Now firing: `new-policy` (2)",
        "- No longer firing: `old-policy`",
        "",
        "The issue body above is up to date.",
        "",
      ].join("\n"),
    );
  });
});
