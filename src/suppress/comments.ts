/** `archlint:ignore <policy-id>[,<policy-id>…] <reason>` in a `#`, `//` or `/* … *\/` comment. */
export interface IgnoreComment {
  line: number;
  /** Where the comment starts (its `#` or `//`). */
  column: number;
  policies: string[];
  /** Empty when the comment gives none: such an ignore does not suppress. */
  reason: string;
  /** The lines it covers: its own line, and for a comment on its own line the next line that is not a comment. */
  covers: number[];
}

export const IGNORE_MARKER = "archlint:ignore";

const COMMENT = /(^|\s)(#|\/\/|\/\*)\s*archlint:ignore(?=\s|\*\/|$)(.*)$/;
const POLICY_LIST = /^([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)/i;
const COMMENT_ONLY = /^\s*(#|\/\/|\/\*)/;

/**
 * Reads ignore comments from a file's text; YAML (`#`) and HCL (`#`, `//`, `/* *\/`) alike. Files without the
 * marker cost one `includes`.
 */
export function findIgnoreComments(text: string): IgnoreComment[] {
  if (!text.includes(IGNORE_MARKER)) return [];
  const lines = text.split(/\r?\n/);
  const comments: IgnoreComment[] = [];
  lines.forEach((content, index) => {
    if (!content.includes(IGNORE_MARKER)) return;
    const match = COMMENT.exec(content);
    if (!match) return;
    const [, leading = "", , rest = ""] = match;
    const start = match.index + leading.length;
    const body = rest.replace(/\*\/\s*$/, "").trim();
    const list = POLICY_LIST.exec(body);
    const policies = list ? (list[1] as string).split(",").map((id) => id.trim().toLowerCase()) : [];
    const reason = body
      .slice(list ? (list[1] as string).length : 0)
      .replace(/^\s*(--|:|-)?\s*/, "")
      .trim();
    const line = index + 1;
    const ownLine = content.slice(0, start).trim() === "";
    const covers = ownLine ? [line, nextCodeLine(lines, index)] : [line];
    comments.push({ line, column: start + 1, policies, reason, covers });
  });
  return comments;
}

/** The 1-based line after `index` that is not itself a comment (stacked comments share their target). */
function nextCodeLine(lines: string[], index: number): number {
  let next = index + 1;
  while (next < lines.length && COMMENT_ONLY.test(lines[next] as string)) next++;
  return next + 1;
}
