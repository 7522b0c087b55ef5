import { posix } from "node:path";
import type { ParsedFile } from "../../parse/parsed-file.js";
import type { AdapterFactory, ModelSink } from "../adapter.js";
import { asString, type Dict, isDict } from "../values.js";
import { namePattern, TEMPLATE_NAME, type TemplateObject, templateObjects } from "./template-names.js";
import { chartOfTemplate, templateKinds } from "./templates.js";
import { HELM_FORMAT, isScaffoldValues, valuesAutoscaler, valuesWorkload } from "./values.js";

/** Evidence category for a values file with no chart beside it: values for a chart installed from elsewhere. */
export const CHARTLESS_VALUES = "helm-values-without-chart";

interface Chart {
  name: string;
  file: string;
}

/**
 * Helm charts: `Chart.yaml` (name; dependencies as evidence), `values.yaml` read as the `helm create` scaffold
 * lays it out, and templates, which are never rendered: each chart with templates is recorded as such
 * (`helm-templates-unrendered`) with the kinds its templates declare and the names they may give them. Values
 * and template names wait for their chart in `finish`.
 */
export const helmCharts: AdapterFactory = {
  name: HELM_FORMAT,
  create() {
    const charts = new Map<string, Chart>();
    const values = new Map<string, { file: ParsedFile; doc: Dict }>();
    const unrendered = new Map<string, { file: string; object: TemplateObject }[]>();
    return {
      extract(file, sink) {
        const folder = posix.dirname(file.path);
        const name = posix.basename(file.path);
        const doc = file.documents[0];
        if (file.format === "helm-template") {
          const chart = chartOfTemplate(file.path);
          const objects = unrendered.get(chart) ?? [];
          const lines = file.text.split(/\r?\n/);
          for (const object of templateObjects(file, lines)) objects.push({ file: file.path, object });
          unrendered.set(chart, objects);
          for (const evidence of templateKinds(file, lines)) sink.evidence(evidence);
        } else if (name === "Chart.yaml" && isDict(doc) && !("kind" in doc)) {
          // A Chart.yaml holding Kubernetes objects is the rendering of a subchart packed in an archive.
          charts.set(folder, { name: asString(doc.name) ?? posix.basename(folder), file: file.path });
          dependencies(file, doc, sink);
        } else if (name === "requirements.yaml" && isDict(doc)) {
          dependencies(file, doc, sink);
        } else if (name === "values.yaml" && isDict(doc)) {
          values.set(folder, { file, doc });
        }
      },
      finish(sink) {
        for (const [folder, objects] of unrendered) {
          const chart = charts.get(folder);
          if (chart) sink.evidence({ category: "helm-templates-unrendered", value: folder, file: chart.file, line: 1 });
          const chartName = chart?.name ?? posix.basename(folder);
          const chartValues = values.get(folder)?.doc ?? {};
          const seen = new Set<string>();
          for (const { file, object } of objects) {
            const value = `${object.kind} ${namePattern(object.name, chartName, chartValues)}`;
            if (seen.has(value)) continue;
            seen.add(value);
            sink.evidence({ category: TEMPLATE_NAME, value, file, line: object.line });
          }
        }
        for (const [folder, { file, doc }] of values) {
          const chart = charts.get(folder);
          if (!chart) sink.evidence({ category: CHARTLESS_VALUES, value: folder, file: file.path, line: 1 });
          if (!chart || !isScaffoldValues(doc)) continue;
          const ref = { file: file.path, doc: 0, path: [] };
          const workload = valuesWorkload(chart.name, doc, ref);
          sink.entity(workload);
          const autoscaler = valuesAutoscaler(workload, doc, ref);
          if (autoscaler) sink.entity(autoscaler);
        }
      },
    };
  },
};

function dependencies(file: ParsedFile, doc: Dict, sink: ModelSink): void {
  if (!Array.isArray(doc.dependencies)) return;
  doc.dependencies.forEach((dependency, index) => {
    const name = isDict(dependency) ? asString(dependency.name) : undefined;
    if (!name) return;
    const line = file.locator.locate(0, ["dependencies", index]).line;
    sink.evidence({ category: "chart-dependency", value: name, file: file.path, line });
  });
}
