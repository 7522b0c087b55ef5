import { lines } from "./repo.js";

/** A team's own policy: functions may run 60 s at most (a param a config can change). */
export const BUDGET_POLICY = lines(
  "id: team-timeout-budget",
  "title: Function timeout above the team's budget",
  "severity: warning",
  "subject: function",
  "params: { maxSeconds: 60 }",
  "assert:",
  "  properties:",
  "    timeout: { maximum: { $param: maxSeconds } }",
  "at: timeout",
  'message: "{{name}} may run {{timeout}} s, above our budget of {{params.maxSeconds}} s"',
);
