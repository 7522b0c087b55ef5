import type { HelmChartStatus } from "../engine/helm-charts.js";

/** The report's account of the Helm charts: which `helm template` rendered, which were read from values only. */
export interface HelmReport {
  rendered: string[];
  notRendered: { chart: string; reason: string }[];
}

export function helmReport(charts: HelmChartStatus[] | undefined): HelmReport | undefined {
  if (!charts?.length) return undefined;
  return {
    rendered: charts.filter((c) => c.rendered).map((c) => c.chart),
    notRendered: charts.filter((c) => !c.rendered).map((c) => ({ chart: c.chart, reason: c.reason ?? "" })),
  };
}

/** One line for people (not one per chart): how many charts were not rendered, and how to have them rendered. */
export function helmLine(helm: HelmReport | undefined): string | undefined {
  const count = helm?.notRendered.length ?? 0;
  if (!helm || count === 0) return undefined;
  const charts = count === 1 ? "1 Helm chart" : `${count} Helm charts`;
  const reasons = new Set(helm.notRendered.map((c) => c.reason));
  const how = reasons.has("helm is not on PATH")
    ? "install helm to render them"
    : reasons.has("rendering turned off (--no-helm)")
      ? "rendering turned off by --no-helm"
      : "helm template failed (see the notices)";
  return `${charts} read from values.yaml only: ${how}`;
}
