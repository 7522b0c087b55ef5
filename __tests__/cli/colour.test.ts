import { describe, expect, it } from "vitest";
import { useColour } from "../../src/cli/colour.js";

describe("useColour", () => {
  it("colours a terminal and not a pipe when the environment says nothing", () => {
    expect(useColour(true, {}, true)).toBe(true);
    expect(useColour(true, {}, false)).toBe(false);
  });

  it("lets NO_COLOR turn a terminal's colour off, unless it is empty", () => {
    expect(useColour(true, { NO_COLOR: "1" }, true)).toBe(false);
    expect(useColour(true, { NO_COLOR: "" }, true)).toBe(true);
  });

  it("lets FORCE_COLOR win over NO_COLOR and the terminal, 0 and false meaning off", () => {
    expect(useColour(true, { FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
    expect(useColour(true, { FORCE_COLOR: "" }, false)).toBe(true);
    expect(useColour(true, { FORCE_COLOR: "0" }, true)).toBe(false);
    expect(useColour(true, { FORCE_COLOR: "false" }, true)).toBe(false);
  });

  it("never colours with --no-color", () => {
    expect(useColour(false, { FORCE_COLOR: "1" }, true)).toBe(false);
  });
});
