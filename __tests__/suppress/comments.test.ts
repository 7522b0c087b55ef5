import { describe, expect, it } from "vitest";
import { findIgnoreComments } from "../../src/suppress/comments.js";
import { lines } from "../helpers/repo.js";

describe("findIgnoreComments", () => {
  it("reads a YAML comment on its own line: it covers itself and the next line", () => {
    const text = lines(
      "functions:",
      "  # archlint:ignore function-long-running nightly batch, moving to Fargate",
      "  build:",
    );
    expect(findIgnoreComments(text)).toEqual([
      {
        line: 2,
        column: 3,
        policies: ["function-long-running"],
        reason: "nightly batch, moving to Fargate",
        covers: [2, 3],
      },
    ]);
  });

  it("reads a trailing comment, which covers only its own line", () => {
    const [comment] = findIgnoreComments(lines("    timeout: 720 # archlint:ignore function-long-running -- batch"));
    expect(comment).toMatchObject({ line: 1, column: 18, reason: "batch", covers: [1] });
  });

  it("reads HCL comments: #, // and /* */", () => {
    const text = lines(
      'resource "aws_lambda_function" "build" {',
      "  // archlint:ignore function-tracing-disabled,log-retention-unset legacy function, retired in Q3",
      "  timeout = 720 # archlint:ignore function-long-running batch job",
      "  /* archlint:ignore function-throttled-to-zero paused on purpose */",
      "  reserved_concurrent_executions = 0",
      "}",
    );
    expect(
      findIgnoreComments(text).map(({ line, policies, reason, covers }) => ({ line, policies, reason, covers })),
    ).toEqual([
      {
        line: 2,
        policies: ["function-tracing-disabled", "log-retention-unset"],
        reason: "legacy function, retired in Q3",
        covers: [2, 3],
      },
      { line: 3, policies: ["function-long-running"], reason: "batch job", covers: [3] },
      { line: 4, policies: ["function-throttled-to-zero"], reason: "paused on purpose", covers: [4, 5] },
    ]);
  });

  it("lets stacked comments share the line below them", () => {
    const text = lines("# archlint:ignore a-policy one", "# archlint:ignore b-policy two", "# note", "key: 1");
    expect(findIgnoreComments(text).map((c) => c.covers)).toEqual([
      [1, 4],
      [2, 4],
    ]);
  });

  it("keeps an ignore without a reason (it will not suppress) and one without a policy", () => {
    expect(findIgnoreComments(lines("x: 1 # archlint:ignore function-long-running"))[0]).toMatchObject({
      policies: ["function-long-running"],
      reason: "",
    });
    expect(findIgnoreComments(lines("# archlint:ignore"))[0]).toMatchObject({ policies: [], reason: "" });
  });

  it("ignores the marker outside a comment and look-alike words", () => {
    expect(findIgnoreComments(lines("description: see archlint:ignore docs", "# archlint:ignored x y"))).toEqual([]);
    expect(findIgnoreComments("no marker at all")).toEqual([]);
  });
});
