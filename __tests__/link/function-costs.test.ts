import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderReassessmentBody } from "../../src/report/reassessment/body.js";
import { reassessmentPeriod } from "../../src/report/reassessment/period.js";
import { scanFolder } from "../helpers/scan.js";

const CASES = join(import.meta.dirname, "..", "fixtures", "policies", "steady-workload-on-functions");
const NOW = new Date("2026-11-27T10:00:00Z");

describe("a function's monthly cost", () => {
  const report = scanFolder(join(CASES, "serverless-minute-poller"), { exclude: ["expect.yml"] });
  const byName = Object.fromEntries(report.inventory.functions.map((fn) => [fn.name, fn]));

  it("is estimated from its schedule, timeout and memory against the smallest container, in the inventory", () => {
    // 43,800 runs x 60 s x 1 GB x $0.0000166667 + 43,800 requests x $0.20 / million; Fargate 0.58 vCPU / 1 GB.
    expect(byName.pollSuppliers?.cost).toEqual({
      monthly: 43.81,
      containerMonthly: 20.35,
      basis: "every minute, up to its 60 s timeout each at 1024 MB",
      containerSize: "Fargate 0.58 vCPU / 1 GB",
      pricesAsOf: "2025-01-01",
    });
  });

  it("is absent when the load is not declared as a rate (a nightly cron)", () => {
    expect(byName.nightlyReport?.cost).toBeUndefined();
  });

  it("is the one the finding quotes and the reassessment issue lists", () => {
    const finding = report.findings.find((f) => f.policy === "steady-workload-on-functions");
    expect(finding?.message).toContain("$43.81 a month on Lambda");
    expect(finding?.message).toContain("the $20.35 of the smallest always-on container");
    const { body } = renderReassessmentBody({ report, period: reassessmentPeriod(NOW), now: NOW });
    expect(body).toContain("## Function costs");
    expect(body).toContain(
      "| pollSuppliers (serverless\\.yml) | every minute, up to its 60 s timeout each at 1024 MB | $43.81 | $20.35 (Fargate 0\\.58 vCPU / 1 GB) |",
    );
  });

  it("keeps a cheap five-minute cron on functions", () => {
    const cheap = scanFolder(join(CASES, "serverless-cheap-schedule"), { exclude: ["expect.yml"] });
    const cost = cheap.inventory.functions[0]?.cost;
    expect(cost?.monthly).toBeLessThan(1);
    expect(cost?.containerMonthly).toBeGreaterThan(9);
  });
});
