import type { Waiver } from "../config/config.js";
import { compileGlob } from "../discover/safe-glob.js";
import type { Finding } from "../evaluate/finding.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface WaiverMatcher {
  /** 1-based, as users count them: "waiver #2". */
  number: number;
  waiver: Waiver;
  expired: boolean;
  matches(finding: Finding): boolean;
}

/** A waiver applies up to and including its `expires` day (UTC), judged by the scan's injected clock. */
export function compileWaivers(waivers: Waiver[], now: Date): WaiverMatcher[] {
  return waivers.map((waiver, index) => {
    // The config loader has already refused a glob compileGlob would not take (too long, too many braces).
    const glob = compileGlob(waiver.path);
    return {
      number: index + 1,
      waiver,
      expired: now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + DAY_MS,
      matches: (finding) =>
        finding.policy === waiver.policy &&
        glob.match(finding.location?.file ?? finding.ref.file) &&
        (waiver.subject === undefined || waiver.subject === finding.subject.name),
    };
  });
}
