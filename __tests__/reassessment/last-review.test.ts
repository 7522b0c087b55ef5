import { describe, expect, it } from "vitest";
import { latestReview } from "../../src/app/run-scan.js";
import type { Config } from "../../src/config/config.js";
import { configuredLastReview } from "../../src/config/last-reviewed.js";
import { link } from "../../src/link/link.js";

describe("the last reassessment date handed to the engine", () => {
  it("takes the later of the issue's date and the config's", () => {
    expect(latestReview("2026-01-05", "2025-06-01")).toEqual({ lastReassessment: "2026-01-05" });
    expect(latestReview("2025-01-05", "2025-06-01")).toEqual({ lastReassessment: "2025-06-01" });
    expect(latestReview(undefined, "2024-02-03")).toEqual({ lastReassessment: "2024-02-03" });
    expect(latestReview(undefined, undefined)).toEqual({});
  });

  it("reads the config's date whether YAML read it as a timestamp or as text", () => {
    const at = (lastReviewed: unknown) => configuredLastReview({ reassessment: { lastReviewed } } as Config);
    expect(at(new Date("2025-06-01T00:00:00Z"))).toBe("2025-06-01");
    expect(at("2025-06-01")).toBe("2025-06-01");
    expect(at("last spring")).toBeUndefined();
    expect(at(20250601)).toBeUndefined();
    expect(configuredLastReview({})).toBeUndefined();
  });

  it("reaches the repository entity through the link context", () => {
    const model = link(
      { entities: [], evidence: [], statements: [] },
      { now: new Date(), name: "shop", lastReassessment: "2025-06-01" },
    );
    expect(model.entities.find((e) => e.kind === "repository")?.lastReassessment).toBe("2025-06-01");
  });
});
