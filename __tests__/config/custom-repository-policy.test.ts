import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { lines, makeRepo } from "../helpers/repo.js";
import { FIXED_NOW } from "../helpers/scan.js";

/** A repository-level rule written as data alone: the fact it needs (`functionCount`) is already in the model. */
const SPLIT_POLICY = lines(
  "id: team-functions-per-repository",
  "title: Too many functions in one repository",
  "severity: warning",
  "subject: repository",
  "params: { maxFunctions: 2 }",
  "assert:",
  "  properties:",
  "    functionCount: { maximum: { $param: maxFunctions } }",
  "at: functionCount",
  'message: "{{name}} declares {{functionCount}} functions ({{architectureStyle}}), above our limit of {{params.maxFunctions}}"',
);

const stack = (count: number) =>
  lines(
    "service: jobs",
    "provider: { name: aws }",
    "functions:",
    ...Array.from({ length: count }, (_, index) => [`  job${index + 1}:`, "    handler: h.main"]).flat(),
  );

function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const status = main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    now: () => FIXED_NOW,
  });
  return { status, stdout, stderr };
}

const FIXTURES = ".archlint/fixtures/team-functions-per-repository";

describe("a custom repository policy", () => {
  it("reads the repository's documented fields and is proven by `archlint test` on its fixtures", () => {
    const root = makeRepo({
      ".archlint/policies/split.yml": SPLIT_POLICY,
      [`${FIXTURES}/serverless-three/serverless.yml`]: stack(3),
      [`${FIXTURES}/serverless-three/expect.yml`]:
        'fires:\n  - { file: serverless.yml, line: 1, message: "declares 3 functions (serverless), above our limit of 2" }\n',
      [`${FIXTURES}/serverless-two/serverless.yml`]: stack(2),
      [`${FIXTURES}/serverless-two/expect.yml`]: "fires: []\n",
    });
    expect(run(["test", root])).toMatchObject({
      status: 0,
      stdout: [
        "ok   team-functions-per-repository/serverless-three",
        "ok   team-functions-per-repository/serverless-two",
        "2 passed, 0 failed",
        "",
      ].join("\n"),
    });
  });

  it("is a configuration error when it reads a field the repository does not have", () => {
    const root = makeRepo({
      ".archlint/policies/split.yml": SPLIT_POLICY.replace("functionCount:", "functionsCount:"),
    });
    const { status, stderr } = run(["test", root]);
    expect(status).toBe(2);
    expect(stderr).toContain(
      '.archlint/policies/split.yml:8:5: policy team-functions-per-repository reads "functionsCount", which a repository does not have; did you mean "functionCount"?',
    );
  });
});
