import { describe, expect, it } from "vitest";
import { bindingTrigger, timeSpanSeconds } from "../../src/extract/azure/bindings.js";

describe("Azure functionTimeout", () => {
  it.each([
    ["00:05:00", 300],
    ["00:10:00", 600],
    ["01:00:00", 3600],
    ["1.02:00:00", 93600],
    ["-1", undefined],
    ["five minutes", undefined],
    [300, undefined],
  ])("%j is %s seconds", (value, seconds) => {
    expect(timeSpanSeconds(value)).toBe(seconds);
  });
});

describe("function.json trigger bindings", () => {
  it.each([
    ["httpTrigger", "http-other"],
    ["queueTrigger", "queue"],
    ["serviceBusTrigger", "queue"],
    ["eventHubTrigger", "stream"],
    ["cosmosDBTrigger", "stream"],
    ["timerTrigger", "schedule"],
    ["blobTrigger", "storage"],
    ["eventGridTrigger", "event-bus"],
    ["signalRTrigger", "other"],
  ])("%s is a %s trigger", (type, kind) => {
    expect(bindingTrigger({ type, direction: "in" })?.kind).toBe(kind);
  });

  it("keeps the NCRONTAB schedule, marks HTTP synchronous, and ignores output bindings", () => {
    expect(bindingTrigger({ type: "timerTrigger", schedule: "0 */5 * * * *" })?.schedule).toBe("0 */5 * * * *");
    expect(bindingTrigger({ type: "httpTrigger" })?.synchronous).toBe(true);
    expect(bindingTrigger({ type: "queue", direction: "out" })).toBeUndefined();
  });
});
