import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ModelSink } from "../../src/extract/adapter.js";
import { Vocabulary } from "../../src/extract/evidence/literal-probe.js";
import { SignalCatalog } from "../../src/extract/evidence/signals.js";
import { WordAutomaton } from "../../src/extract/evidence/word-automaton.js";
import { CLUSTER_SIGNALS, IAC_SIGNALS, MESH_SIGNALS } from "../../src/knowledge/infrastructure-catalog.js";
import { OBSERVABILITY_SIGNALS } from "../../src/knowledge/observability-catalog.js";
import type { TextSignal, WordedPattern } from "../../src/knowledge/text-signal.js";
import type { ParsedFile } from "../../src/parse/parsed-file.js";

describe("WordAutomaton", () => {
  it("finds every word that occurs, overlapping, nested or in another case, and no other", () => {
    const automaton = new WordAutomaton(["kind", "ind", "she", "he", "hers", "Grafana/Tempo", "absent"]);
    expect([...automaton.occurrences("KIND: ushers grafana/tempo")]).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect([...automaton.occurrences("")]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("agrees with a lower-cased includes on random texts and words (1,000 cases)", () => {
    const letters = fc.constantFrom(..."abAB:/-é \n");
    const word = fc.string({ unit: letters, minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: letters, maxLength: 60 }),
        (words, text) => {
          const found = new WordAutomaton(words).occurrences(text);
          const expected = words.map((w) => (text.toLowerCase().includes(w.toLowerCase()) ? 1 : 0));
          expect([...found]).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

const CATALOG: WordedPattern[] = [...OBSERVABILITY_SIGNALS, ...IAC_SIGNALS, ...CLUSTER_SIGNALS, ...MESH_SIGNALS];
const probeOfText = (text: string) => new Vocabulary().probeOf(text);

describe("the literal probe", () => {
  it("never rules out a text a catalog pattern matches, whatever the words learnt before (2,000 cases)", () => {
    // Texts built from the words the patterns need, in any case, around real pattern matches.
    const samples = [
      "kind: ServiceMonitor\napiVersion: monitoring.coreos.com/v1",
      "image: grafana/tempo:2.1",
      "  Tracing: Active",
      'resource "aws_xray_sampling_rule" "x" {}',
      "scrape_configs:\n  - job_name: x",
      "FROM fluent/fluent-bit:2",
      "apiVersion: networking.istio.io/v1beta1",
    ];
    const words = CATALOG.flatMap((worded) => worded.words?.flat() ?? []);
    const fragment = fc.oneof(fc.constantFrom(...samples), fc.constantFrom(...words), fc.string({ maxLength: 6 }));
    const cased = fragment.chain((text) => fc.constantFrom(text, text.toUpperCase(), text.toLowerCase()));
    fc.assert(
      fc.property(fc.array(cased, { maxLength: 12 }), fc.subarray(CATALOG), (parts, learnt) => {
        const vocabulary = new Vocabulary();
        vocabulary.learn(learnt);
        const text = parts.join(" ");
        const probe = vocabulary.probeOf(text);
        for (const worded of CATALOG) if (worded.pattern.test(text)) expect(probe.mayMatch(worded)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("rules out a text that lacks the words", () => {
    const pattern = { pattern: /^\s*scrape_configs\s*:/m, words: ["scrape_configs"] };
    expect(probeOfText("global:\n  scrape_interval: 15s\n").mayMatch(pattern)).toBe(false);
    expect(probeOfText("SCRAPE_CONFIGS: x\n").mayMatch(pattern)).toBe(false);
    expect(probeOfText("scrape_configs: x\n").mayMatch(pattern)).toBe(true);
    expect(probeOfText("TRACING: ACTIVE").mayMatch({ pattern: /Tracing: Active/i, words: [": active"] })).toBe(true);
  });

  it("rules out a text that holds some of the sets a pattern needs but not all", () => {
    const pattern = { pattern: /\bapiVersion\s*:\s*["']?(kuma\.io)\//, words: ["apiVersion", "kuma.io"] };
    expect(probeOfText("apiVersion: apps/v1\nkind: Deployment\n").mayMatch(pattern)).toBe(false);
    expect(probeOfText("# kuma.io is not used here\n").mayMatch(pattern)).toBe(false);
    expect(probeOfText("apiVersion: kuma.io/v1alpha1\n").mayMatch(pattern)).toBe(true);
  });

  it("rules a word out by its index only when the automaton holds it and did not find it", () => {
    const vocabulary = new Vocabulary();
    const alphaword = { pattern: /alphaword\d/, words: ["alphaword"] };
    vocabulary.learn([alphaword]);
    const [alpha] = vocabulary.wordIndexesOf(alphaword) ?? [];
    const without = vocabulary.probeOf("a text that lacks the word");
    expect(without.mayHold(alpha as number)).toBe(false);
    expect(vocabulary.probeOf("it holds ALPHAWORD7").mayHold(alpha as number)).toBe(true);
    // Learnt after that text's pass: the automaton could not look for it, so it is not ruled out.
    const [late] = vocabulary.wordIndexesOf({ pattern: /betaword\d/, words: ["betaword"] }) ?? [];
    expect(without.mayHold(late as number)).toBe(true);
    expect(vocabulary.wordIndexesOf({ pattern: /^\s*\w+$/ })).toBeNull();
  });
});

describe("a signal catalog", () => {
  /** A pattern that counts the texts it is tried on. */
  class Counted extends RegExp {
    tried = 0;
    override test(text: string): boolean {
      this.tried++;
      return super.test(text);
    }
  }

  it("tries a pattern a signal requires only on texts that hold its words", () => {
    const expr = new Counted("^\\s*expr\\s*:", "m");
    const alerts: TextSignal = {
      value: "alerting rules",
      categories: ["metrics"],
      pattern: /^\s*-?\s*alert\s*:\s*\S/m,
      words: ["alert"],
      requires: [{ pattern: expr, words: ["expr"] }],
    };
    const catalog = new SignalCatalog([alerts], new Vocabulary());
    const found: string[] = [];
    const sink = { evidence: (item: { file: string }) => found.push(item.file) } as unknown as ModelSink;
    const file = (path: string, text: string) => ({ path, text }) as ParsedFile;
    catalog.emit(file("alerts.yaml", "- alert: High\n  for: 5m\n"), sink);
    expect(expr.tried).toBe(0);
    catalog.emit(file("rules.yaml", "- alert: High\n  expr: up == 0\n"), sink);
    expect(expr.tried).toBe(1);
    expect(found).toEqual(["rules.yaml"]);
  });
});
