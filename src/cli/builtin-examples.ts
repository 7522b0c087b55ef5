import { join } from "node:path";
import type { PolicyExamples } from "./explain.js";
import { readPolicyExamples } from "./policy-examples.js";

const TEST_CASES = join(import.meta.dirname, "..", "..", "__tests__", "fixtures", "policies");

/**
 * A built-in policy's examples. From the sources they are read from its test cases in the checkout. The bundles
 * carry them instead, since the npm package does not ship the test cases: scripts/build.mjs bundles a module
 * generated in this one's place, holding every built-in policy's examples.
 */
export function builtinPolicyExamples(id: string): PolicyExamples | undefined {
  return readPolicyExamples(join(TEST_CASES, id));
}
