import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/bundle.js";

/** The checkov Terraform cases of the peer suites, scanned by the bundle as a user would. */
const SHARED = process.env.ARCHLINT_SHARED ?? "/work/shared";
const PEERS = join(SHARED, "peer-suites");

interface PeerCase {
  suite: string;
  policy: string;
  expect: "fires" | "silent";
  file: string;
  lines: number[];
  span?: [number, number];
}

const cases = (JSON.parse(readFileSync(join(PEERS, "expectations.json"), "utf8")) as PeerCase[]).filter((c) =>
  c.suite.startsWith("checkov/tf-"),
);

interface Finding {
  policy: string;
  file: string;
  line: number;
}

describe.each(cases)("$suite $policy $expect", (peer) => {
  it(`${peer.file} ${peer.span?.join("-") ?? ""}`, () => {
    const result = runCli(["scan", join(PEERS, peer.suite), "--format", "json"]);
    const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings.filter(
      (f) => f.policy === peer.policy && f.file === peer.file,
    );
    const inSpan = findings.filter((f) => !peer.span || (f.line >= peer.span[0] && f.line <= peer.span[1]));
    if (peer.expect === "silent") expect(inSpan).toEqual([]);
    else expect(inSpan.some((f) => peer.lines.includes(f.line))).toBe(true);
  });
});
