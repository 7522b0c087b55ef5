import { describe, expect, it } from "vitest";
import type { Config } from "../../src/config/config.js";
import { configuredLastReview } from "../../src/config/last-reviewed.js";

describe("the configured last review, as the reassessment issue shows it", () => {
  it("reads the config's date whether YAML read it as a timestamp or as text", () => {
    const at = (lastReviewed: unknown) => configuredLastReview({ reassessment: { lastReviewed } } as Config);
    expect(at(new Date("2025-06-01T00:00:00Z"))).toBe("2025-06-01");
    expect(at("2025-06-01")).toBe("2025-06-01");
    expect(at("last spring")).toBeUndefined();
    expect(at(20250601)).toBeUndefined();
    expect(configuredLastReview({})).toBeUndefined();
  });
});
