import { describe, expect, it } from "vitest";
import { VariableResolver } from "../../src/extract/serverless/variables.js";
import { UNRESOLVED } from "../../src/extract/values.js";

const root = {
  service: "orders",
  provider: { stage: "${opt:stage, 'prod'}", timeout: 20 },
  custom: { timeouts: { prod: 600, dev: 30 }, long: "${self:custom.timeouts.prod}", loop: "${self:custom.loop}" },
};
const resolver = new VariableResolver(root);

describe("Serverless Framework variables", () => {
  it("resolves self: references to the referenced value, keeping its type", () => {
    expect(resolver.resolve("${self:provider.timeout}")).toBe(20);
    expect(resolver.resolve("${self:custom.long}")).toBe(600);
  });

  it("resolves nested variables and opt: through its default", () => {
    expect(resolver.resolve("${self:custom.timeouts.${opt:stage, 'dev'}}")).toBe(30);
    expect(resolver.resolve("${sls:stage}")).toBe("prod");
    expect(resolver.resolve("${opt:memory, 512}")).toBe(512);
  });

  it("interpolates inside strings", () => {
    expect(resolver.resolve("${self:service}-${sls:stage}-queue")).toBe("orders-prod-queue");
  });

  it("never resolves env, file, ssm or other stacks, even with a fallback", () => {
    for (const value of [
      "${env:TIMEOUT}",
      "${env:TIMEOUT, 30}",
      "${file(./config.yml):timeout}",
      "${ssm:/x}",
      "${cf:stack.out}",
    ]) {
      expect(resolver.resolve(value)).toBe(UNRESOLVED);
    }
    expect(resolver.resolve("${opt:stage}")).toBe(UNRESOLVED);
  });

  it("stops on self-referencing cycles", () => {
    expect(resolver.resolve("${self:custom.loop}")).toBe(UNRESOLVED);
  });
});
