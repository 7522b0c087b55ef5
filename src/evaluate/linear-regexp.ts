import { RE2JS } from "re2js";

/**
 * `pattern` and `patternProperties` in policies (a team's own included) run on RE2, in linear time: no pattern
 * can hang a scan. Lookarounds and backreferences, which RE2 lacks, fail when the policy loads, at its line.
 * ajv passes its own flags (`u`), which RE2JS does not take: the pattern alone is compiled. `code` names it in
 * the validators generated at build time, which import it from here.
 */
export const linearRegExp = Object.assign((pattern: string) => RE2JS.compile(pattern), { code: "linearRegExp" });
