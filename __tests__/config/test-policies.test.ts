import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { BUDGET_POLICY } from "../helpers/policies.js";
import { lines, makeRepo } from "../helpers/repo.js";
import { FIXED_NOW } from "../helpers/scan.js";

const stack = (timeout: number) =>
  lines(
    "service: jobs",
    "provider: { name: aws }",
    "functions:",
    "  job:",
    "    handler: h.main",
    `    timeout: ${timeout}`,
  );

function runTest(root: string) {
  let stdout = "";
  const status = main(["test", root], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => true },
    now: () => FIXED_NOW,
  });
  return { status, stdout };
}

const FIXTURES = ".archlint/fixtures/team-timeout-budget";

describe("archlint test", () => {
  it("passes when each fixture's findings land where expect.yml says", () => {
    const root = makeRepo({
      ".archlint/policies/budget.yml": BUDGET_POLICY,
      [`${FIXTURES}/serverless-slow/serverless.yml`]: stack(120),
      [`${FIXTURES}/serverless-slow/expect.yml`]:
        "fires:\n  - { file: serverless.yml, line: 6, message: above our budget }\n",
      [`${FIXTURES}/serverless-quick/serverless.yml`]: stack(30),
      [`${FIXTURES}/serverless-quick/expect.yml`]: "fires: []\n",
      "serverless.yml": stack(30),
    });
    expect(runTest(root)).toEqual({
      status: 0,
      stdout:
        "ok   team-timeout-budget/serverless-quick\nok   team-timeout-budget/serverless-slow\n2 passed, 0 failed\n",
    });
  });

  it("fails on a wrong line and on a policy without a silent case", () => {
    const root = makeRepo({
      ".archlint/policies/budget.yml": BUDGET_POLICY,
      [`${FIXTURES}/serverless-slow/serverless.yml`]: stack(120),
      [`${FIXTURES}/serverless-slow/expect.yml`]: "fires:\n  - { file: serverless.yml, line: 5 }\n",
    });
    expect(runTest(root)).toEqual({
      status: 1,
      stdout: [
        "FAIL team-timeout-budget/serverless-slow",
        "     expected findings at serverless.yml:5, got serverless.yml:6",
        "FAIL team-timeout-budget (.archlint/fixtures/team-timeout-budget/)",
        "     no case where it stays silent",
        "0 passed, 2 failed",
        "",
      ].join("\n"),
    });
  });
});
