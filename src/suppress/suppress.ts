import type { Config } from "../config/config.js";
import type { PathLocator } from "../config/schema-errors.js";
import { didYouMean } from "../config/suggest.js";
import type { Finding } from "../evaluate/finding.js";
import { UNUSED_SUPPRESSION } from "../evaluate/finding.js";
import type { ParsedFile } from "../parse/parsed-file.js";
import { findIgnoreComments, IGNORE_MARKER, type IgnoreComment } from "./comments.js";
import { compileWaivers, type WaiverMatcher } from "./waivers.js";

export interface SuppressContext {
  /** The scanned files by path, with their text and locator. */
  files: Map<string, ParsedFile>;
  config: Config;
  /** The config's name in messages (`.archlint.yml`). */
  configFile?: string;
  now: Date;
  /** Every policy id that exists, to tell a typo from a policy that simply did not fire. */
  policyIds: string[];
  /** Where a value of the config file sits, for findings about the config itself (an unused waiver). */
  locateInConfig?: PathLocator;
}

export interface Suppression {
  finding: Finding;
  reason: string;
  /** `inline serverless.yml:12` or `waiver #2 in .archlint.yml`. */
  suppressedBy: string;
}

interface FileComment extends IgnoreComment {
  file: string;
  used: Set<string>;
}

/**
 * The suppress stage: inline `archlint:ignore` comments and config waivers take findings out of the report and
 * into the suppressed list, with their reason. An ignore or waiver that cannot apply (no reason, inline ignores
 * forbidden, waiver expired, policy unwaivable) leaves the finding in place and its message says why. An ignore
 * or waiver that matches no finding becomes an `unused-suppression` notice on its own line.
 */
export function suppress(
  findings: Finding[],
  context: SuppressContext,
): { findings: Finding[]; suppressed: Suppression[] } {
  const { config } = context;
  const configFile = context.configFile ?? ".archlint.yml";
  const comments = commentsByFile(context.files);
  const waivers = compileWaivers(config.waivers ?? [], context.now);
  const inlineAllowed = config.allowInlineIgnores !== false;
  const unwaivable = new Set(config.unwaivable ?? []);
  const kept: Finding[] = [];
  const suppressed: Suppression[] = [];
  const usedWaivers = new Set<number>();

  for (const finding of findings) {
    const inline = matchingComments(finding, comments, context.files);
    const matchingWaivers = waivers.filter((w) => w.matches(finding));
    for (const w of matchingWaivers) usedWaivers.add(w.number);
    const notes: string[] = [];
    if (unwaivable.has(finding.policy) && (inline.length || matchingWaivers.length)) {
      notes.push(`${finding.policy} is unwaivable in ${configFile}, so no ignore or waiver applies`);
      kept.push(withNotes(finding, notes));
      continue;
    }
    const honoured = inlineAllowed ? inline.find((c) => c.reason) : undefined;
    const live = matchingWaivers.find((w) => !w.expired);
    if (honoured) {
      suppressed.push({ finding, reason: honoured.reason, suppressedBy: `inline ${honoured.file}:${honoured.line}` });
      continue;
    }
    if (live) {
      suppressed.push({ finding, reason: live.waiver.reason, suppressedBy: `waiver #${live.number} in ${configFile}` });
      continue;
    }
    for (const comment of inline) {
      const place = `the ${IGNORE_MARKER} at ${comment.file}:${comment.line}`;
      if (!inlineAllowed) notes.push(`${place} does not apply: allowInlineIgnores is false in ${configFile}`);
      else notes.push(`${place} gives no reason, so it does not suppress this finding`);
    }
    for (const w of matchingWaivers) notes.push(`waiver #${w.number} in ${configFile} expired on ${w.waiver.expires}`);
    kept.push(withNotes(finding, notes));
  }
  const unusedWaivers = waivers.filter((w) => !usedWaivers.has(w.number));
  return {
    findings: [
      ...kept,
      ...unusedIgnores(comments, context.policyIds),
      ...unusedWaivers.map((w) => unusedWaiver(w, configFile, context.locateInConfig)),
    ],
    suppressed,
  };
}

function commentsByFile(files: Map<string, ParsedFile>): Map<string, FileComment[]> {
  const byFile = new Map<string, FileComment[]>();
  for (const [path, file] of files) {
    const found = findIgnoreComments(file.text);
    if (found.length)
      byFile.set(
        path,
        found.map((c) => ({ ...c, file: path, used: new Set<string>() })),
      );
  }
  return byFile;
}

/** Comments naming the finding's policy on its line, above it, or above (or on) its subject's declaration. */
function matchingComments(
  finding: Finding,
  comments: Map<string, FileComment[]>,
  files: Map<string, ParsedFile>,
): FileComment[] {
  if (comments.size === 0) return [];
  const places: { file: string; line: number }[] = [];
  if (finding.location) places.push({ file: finding.location.file, line: finding.location.line });
  const declaration = finding.subjectRef;
  if (declaration && comments.has(declaration.file)) {
    const position = files.get(declaration.file)?.locator.locate(declaration.doc, declaration.path);
    if (position) places.push({ file: declaration.file, line: position.line });
  }
  const matched: FileComment[] = [];
  for (const { file, line } of places) {
    for (const comment of comments.get(file) ?? []) {
      if (!comment.covers.includes(line) || !comment.policies.includes(finding.policy)) continue;
      comment.used.add(finding.policy);
      if (!matched.includes(comment)) matched.push(comment);
    }
  }
  return matched;
}

function withNotes(finding: Finding, notes: string[]): Finding {
  return notes.length ? { ...finding, message: `${finding.message} (${notes.join("; ")})` } : finding;
}

function unusedIgnores(comments: Map<string, FileComment[]>, policyIds: string[]): Finding[] {
  const unused: Finding[] = [];
  for (const [file, list] of comments) {
    for (const comment of list) {
      const problems = comment.policies.length
        ? comment.policies.filter((id) => !comment.used.has(id)).map((id) => unusedMessage(id, policyIds))
        : [`${IGNORE_MARKER} names no policy: write "${IGNORE_MARKER} <policy-id> <reason>"`];
      for (const message of problems) unused.push(unusedSuppression(message, file, comment));
    }
  }
  return unused;
}

function unusedWaiver(waiver: WaiverMatcher, configFile: string, locate?: PathLocator): Finding {
  const { policy, path, subject, expires } = waiver.waiver;
  const scope = `${policy} in ${path}${subject === undefined ? "" : ` for ${subject}`}`;
  const state = waiver.expired ? `expired on ${expires} and ` : "";
  const place = locate?.(["waivers", String(waiver.number - 1)]) ?? { line: 1, column: 1 };
  return unusedSuppression(
    `waiver #${waiver.number} (${scope}) ${state}matches no finding: remove it, or correct its path or subject`,
    configFile,
    place,
  );
}

function unusedSuppression(message: string, file: string, place: { line: number; column: number }): Finding {
  return {
    policy: UNUSED_SUPPRESSION,
    severity: "notice",
    title: "Suppression that suppresses nothing",
    message,
    subject: { kind: "file", name: file },
    ref: { file, doc: 0, path: [] },
    field: "",
    location: { file, line: place.line, column: place.column },
  };
}

function unusedMessage(id: string, policyIds: string[]): string {
  if (!policyIds.includes(id))
    return `${IGNORE_MARKER} names "${id}", which is not a policy id${didYouMean(id, policyIds)}`;
  return `${IGNORE_MARKER} ${id} matches no finding on this line, the next line, or the entity declared below it`;
}
