import { describe, expect, it } from "vitest";
import { reassessmentPeriod } from "../../src/report/reassessment/period.js";
import {
  embedSnapshot,
  markedYear,
  readSnapshot,
  reassessmentMarker,
  snapshotOf,
} from "../../src/report/reassessment/snapshot.js";
import { verdictOf } from "../../src/report/reassessment/verdict.js";
import { finding, report } from "./report-factory.js";

const NOW = new Date("2026-03-04T05:06:07Z");

describe("reassessment period, marker and snapshot", () => {
  it("names the period after the clock's UTC year", () => {
    expect(reassessmentPeriod(NOW)).toEqual({ year: 2026, title: "Architecture reassessment 2026" });
    expect(reassessmentPeriod(new Date("2026-12-31T23:59:59Z")).year).toBe(2026);
    expect(reassessmentPeriod(new Date("2027-01-01T00:00:00Z")).title).toBe("Architecture reassessment 2027");
  });

  it("reads the year back from the hidden marker only", () => {
    expect(markedYear(`text\n${reassessmentMarker(2025)}\nmore`)).toBe(2025);
    expect(markedYear("Architecture reassessment 2025")).toBeUndefined();
    expect(markedYear(null)).toBeUndefined();
  });

  it("judges the verdict by the most severe finding", () => {
    expect(verdictOf({ error: 1, warning: 0, notice: 0 })).toBe("at-risk");
    expect(verdictOf({ error: 0, warning: 2, notice: 9 })).toBe("needs-attention");
    expect(verdictOf({ error: 0, warning: 0, notice: 9 })).toBe("healthy");
  });

  it("embeds a snapshot that survives the round trip and cannot close its comment", () => {
    const snapshot = snapshotOf(
      report([finding("iac-missing", "error", "a.yml", 1), finding("iac-missing", "error", "b.yml", 1)]),
      4,
      2026,
      NOW,
    );
    expect(snapshot).toEqual({
      version: 1,
      year: 2026,
      date: "2026-03-04",
      verdict: "at-risk",
      services: 4,
      functions: 4,
      findings: { error: 2, warning: 0, notice: 0 },
      policies: { "iac-missing": 2 },
    });
    const block = embedSnapshot(snapshot);
    expect(block.startsWith("<!-- archlint:reassessment-data {")).toBe(true);
    expect(block.slice(block.indexOf("{"), block.lastIndexOf("}") + 1)).not.toMatch(/[<>&-]/);
    expect(block).toContain("iac\\u002dmissing");
    expect(readSnapshot(`# title\n${block}\nbody`)).toEqual(snapshot);
  });

  it("ignores a missing, broken or tampered snapshot", () => {
    const good = embedSnapshot(snapshotOf(report([]), 0, 2025, NOW));
    expect(readSnapshot("no block")).toBeUndefined();
    expect(readSnapshot(good.replace('"version":1', '"version":2'))).toBeUndefined();
    expect(readSnapshot(good.replace('"services":0', '"services":-1'))).toBeUndefined();
    expect(readSnapshot(good.replace('"functions":4', '"functions":"4"'))).toBeUndefined();
    expect(readSnapshot(good.replace('"policies":{}', '"policies":{"x`y":1}'))).toBeUndefined();
    expect(readSnapshot(good.replace("}}", "}"))).toBeUndefined();
  });
});
