import { describe, expect, it } from "vitest";
import * as delivery from "../../src/knowledge/delivery-catalog.js";
import * as infrastructure from "../../src/knowledge/infrastructure-catalog.js";
import * as observability from "../../src/knowledge/observability-catalog.js";
import type { RequiredWords, WordedPattern } from "../../src/knowledge/text-signal.js";
import { requiredLiteralSets, requiredLiterals } from "../helpers/required-literals.js";

const isWorded = (value: unknown): value is WordedPattern =>
  typeof value === "object" && value !== null && (value as WordedPattern).pattern instanceof RegExp;

/** A pattern with the patterns a signal also requires in the same file (`TextSignal.requires`). */
const withRequired = (worded: WordedPattern): WordedPattern[] => [
  worded,
  ...(((worded as { requires?: unknown[] }).requires ?? []).filter(isWorded) as WordedPattern[]),
];

/** Every pattern of every catalog, found by shape, so a catalog added later is held to the same rule. */
const CATALOG_PATTERNS: WordedPattern[] = [delivery, infrastructure, observability].flatMap((catalog) =>
  Object.values(catalog)
    .flatMap((value) => (Array.isArray(value) ? value.filter(isWorded) : isWorded(value) ? [value] : []))
    .flatMap(withRequired),
);

/**
 * The declared set of words one of which every match holds, proven: the pattern's source requires one literal of
 * a set each of whose literals contains a declared word, so a text with none of the declared words cannot match.
 */
function unproven(worded: WordedPattern): string[] {
  const fold = worded.pattern.flags.includes("i") ? (text: string) => text.toLowerCase() : (text: string) => text;
  const derived = requiredLiteralSets(worded.pattern) ?? [];
  return (worded.words ?? [])
    .map((set) => (typeof set === "string" ? [set] : set).map(fold))
    .filter((set) => !derived.some((literals) => literals.every((literal) => set.some((w) => literal.includes(w)))))
    .map((set) => set.join(" | "));
}

const words = (pattern: RegExp, declared: RequiredWords) => unproven({ pattern, words: declared });

describe("the words declared next to the catalogs' patterns", () => {
  it("finds the catalogs' patterns", () => {
    expect(CATALOG_PATTERNS.length).toBeGreaterThan(100);
  });

  it.each(CATALOG_PATTERNS.map((worded) => [worded.pattern.source.slice(0, 70), worded] as const))(
    "are words every match of %s holds",
    (_, worded) => {
      expect(unproven(worded)).toEqual([]);
    },
  );

  it("are declared wherever the pattern has words to offer, so no file is searched for nothing", () => {
    // Instrumentation libraries are searched for in package manifests only, never in every file.
    const searchedEverywhere = CATALOG_PATTERNS.filter((worded) => !("ecosystem" in worded));
    const undeclared = searchedEverywhere.filter((worded) => !worded.words?.length && requiredLiterals(worded.pattern));
    expect(undeclared.map((worded) => worded.pattern.source)).toEqual([]);
  });

  it("rejects a word a match can do without, a word in the wrong case, and one of a set a match may lack", () => {
    expect(words(/colou?r/, ["colour"])).toEqual(["colour"]);
    expect(words(/\bkind\s*:\s*Probe/, ["Kind"])).toEqual(["Kind"]);
    expect(words(/\bapiVersion\s*:\s*["']?(kuma\.io|linkerd\.io)\//, ["kuma.io"])).toEqual(["kuma.io"]);
    expect(words(/Tracing: Active/i, ["TRACING"])).toEqual([]);
    expect(words(/\bapiVersion\s*:\s*["']?(kuma\.io|linkerd\.io)\//, ["apiVersion", [".io"]])).toEqual([]);
  });
});

describe("the test's reader of required literals", () => {
  it("finds words every match contains, and none when unsure", () => {
    expect(requiredLiterals(/^\s*scrape_configs\s*:/m)).toEqual(["scrape_configs"]);
    expect(requiredLiterals(/^\s*["']?AWSTemplateFormatVersion["']?\s*:/m)).toEqual(["AWSTemplateFormatVersion"]);
    expect(requiredLiterals(/\bAWS::XRay::|resource\s+"aws_xray_/)).toEqual(["AWS::XRay::", '"aws_xray_']);
    expect(requiredLiterals(/^\s*-?\s*alert\s*:/m)).toEqual(["alert"]);
    expect(requiredLiterals(/colou?r/)).toEqual(["colo"]);
    expect(requiredLiterals(/ab(cde|fgh)x/)).toEqual(["cde", "fgh"]);
    expect(requiredLiterals(/Tracing(Enabled)?: Active/i)).toEqual([": active"]);
    expect(requiredLiterals(/prom\/prometheus|grafana\/(?:loki|tempo)/)).toEqual(["prom/prometheus", "grafana/"]);
    expect(requiredLiterals(/(?:image|repository)\s*:\s*(?:grafana\/tempo|jaegertracing\/all-in-one)/)).toEqual([
      "grafana/tempo",
      "jaegertracing/all-in-one",
    ]);
  });

  it("gives every set a match needs: runs and required groups of the same branch", () => {
    expect(requiredLiteralSets(/\bapiVersion\s*:\s*["']?(kuma\.io)\//)).toEqual([["apiVersion"], ["kuma.io"]]);
    expect(requiredLiteralSets(/Tracing(Enabled)?: Active/i)).toEqual([["tracing"], [": active"]]);
    expect(requiredLiteralSets(/abc(def|ghi)(?:jkl)?xy/)).toEqual([["abc"], ["def", "ghi"]]);
    expect(requiredLiteralSets(/(?:image\s*:\s*(?:prom|grafana))|kind: Probe/)).toEqual([["image", "kind: Probe"]]);
  });

  it("gives none when a branch has no word, or the pattern uses what it does not read", () => {
    expect(requiredLiterals(/ab(c|d)/)).toBeUndefined();
    expect(requiredLiterals(/kind: \w+|\S/)).toBeUndefined();
    expect(requiredLiterals(/(?=lookahead)x/)).toBeUndefined();
    expect(requiredLiterals(/\u0041BCDEF/)).toBeUndefined();
    expect(requiredLiterals(/(foo)\1bar/)).toBeUndefined();
    expect(requiredLiterals(/(?:optional-word)?xy/)).toBeUndefined();
    expect(requiredLiterals(/scrape_configs/iu)).toBeUndefined();
    // biome-ignore lint/complexity/useRegexLiterals: TypeScript refuses a legacy octal escape in a literal
    expect(requiredLiterals(new RegExp("abc\\01def"))).toBeUndefined();
  });
});
