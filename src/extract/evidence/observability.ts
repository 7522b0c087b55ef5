import { PILLARS, type Pillar } from "../../knowledge/evidence-categories.js";
import {
  GRAFANA_DATASOURCE_PILLARS,
  INSTRUMENTATION_LIBRARIES,
  OBSERVABILITY_SIGNALS,
} from "../../knowledge/observability-catalog.js";
import type { WordedPattern } from "../../knowledge/text-signal.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory, ModelSink } from "../adapter.js";
import { isDict } from "../values.js";
import { emitLibraries } from "./libraries.js";
import { type LiteralProbe, Vocabulary } from "./literal-probe.js";
import { SignalCatalog } from "./signals.js";

/** Observability evidence: which pillars (metrics, traces, logs, dashboards) the repository shows, and where. */
export const observabilityEvidence: AdapterFactory = {
  name: "observability-evidence",
  create: (shared) => {
    const vocabulary = shared.one(Vocabulary);
    const signals = new SignalCatalog(OBSERVABILITY_SIGNALS, vocabulary);
    vocabulary.learn([RECEIVERS, EXPORTERS]);
    return {
      extract(file, sink) {
        signals.emit(file, sink);
        emitLibraries(file, INSTRUMENTATION_LIBRARIES, sink);
        emitCollectorPipelines(file, vocabulary.probeOf(file.text), sink);
        emitGrafanaDataSources(file, sink);
      },
    };
  },
};

const COLLECTOR = "OpenTelemetry Collector";
const RECEIVERS: WordedPattern = { pattern: /^\s*receivers\s*:/m, words: ["receivers"] };
const EXPORTERS: WordedPattern = { pattern: /^\s*exporters\s*:/m, words: ["exporters"] };

/**
 * An OpenTelemetry Collector config (standalone, in a ConfigMap, or in a Helm template): each pipeline under
 * `service.pipelines` (`traces`, `metrics/…`, `logs`) proves its pillar. Read from the text, so configs embedded
 * as strings count too; only keys directly under `pipelines:` are read (not `service.telemetry.metrics`).
 */
function emitCollectorPipelines(file: ParsedFile, probe: LiteralProbe, sink: ModelSink): void {
  const { text } = file;
  if (!probe.occurs(RECEIVERS) || !probe.occurs(EXPORTERS)) return;
  const lines = text.split("\n");
  const found = new Set<Pillar>();
  lines.forEach((line, index) => {
    const header = /^(\s*)pipelines\s*:\s*$/.exec(line);
    if (!header) return;
    const indent = (header[1] ?? "").length;
    let childIndent: number | undefined;
    for (let next = index + 1; next < lines.length; next++) {
      const child = lines[next] ?? "";
      if (child.trim() === "" || child.trim().startsWith("#")) continue;
      const childLevel = child.length - child.trimStart().length;
      if (childLevel <= indent) break;
      childIndent ??= childLevel;
      if (childLevel !== childIndent) continue;
      const pillar = /^\s*(traces|metrics|logs)(\/[\w.-]+)?\s*:/.exec(child)?.[1] as Pillar | undefined;
      if (!pillar || found.has(pillar)) continue;
      found.add(pillar);
      sink.evidence({ category: pillar, value: COLLECTOR, file: file.path, line: next + 1 });
    }
  });
}

/** Grafana data-source provisioning: each source's type says which pillar's back end it reads. */
function emitGrafanaDataSources(file: ParsedFile, sink: ModelSink): void {
  file.documents.forEach((document, doc) => {
    if (!isDict(document) || document.apiVersion !== 1 || !Array.isArray(document.datasources)) return;
    const seen = new Set<string>();
    document.datasources.forEach((source, index) => {
      if (!isDict(source) || typeof source.type !== "string") return;
      const pillar = GRAFANA_DATASOURCE_PILLARS[source.type];
      if (!pillar || seen.has(pillar) || !PILLARS.includes(pillar)) return;
      seen.add(pillar);
      const { line } = file.locator.locate(doc, ["datasources", index, "type"]);
      sink.evidence({ category: pillar, value: `Grafana data source (${source.type})`, file: file.path, line });
    });
  });
}
