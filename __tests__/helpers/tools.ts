import type { TestContext } from "vitest";

/**
 * A test that needs a tool outside node_modules (Microsoft's SARIF validator, pre-commit) skips with `reason`
 * when it is missing, so a contributor's run stays green; under CI (CI=true), where .ci/run installs every
 * such tool, a missing one fails the test instead of hiding it.
 */
export function needsTool(context: TestContext, present: boolean, reason: string): void {
  if (present) return;
  if (process.env.CI) throw new Error(`CI=true but ${reason}`);
  context.skip(reason);
}
