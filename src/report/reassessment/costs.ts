import { escapeMarkdown } from "../markdown.js";
import type { Report } from "../report.js";

const LISTED_COSTS = 20;

const dollars = (value: number) => `$${value.toFixed(2)}`;

/**
 * Each function whose load the manifests declare, with the same estimate the inventory and
 * `steady-workload-on-functions` give: what it costs a month against the smallest always-on container, the
 * costliest first.
 */
export function costSection(report: Report): string[] {
  const priced = (report.inventory.functions ?? [])
    .flatMap((fn) => (fn.cost ? [{ ...fn, cost: fn.cost }] : []))
    .sort((a, b) => b.cost.monthly - b.cost.containerMonthly - (a.cost.monthly - a.cost.containerMonthly));
  if (priced.length === 0) return [];
  const lines = [
    "",
    "## Function costs",
    "",
    `At the declared load, from list prices of ${escapeMarkdown(priced[0]?.cost.pricesAsOf ?? "")}:`,
    "",
    "| Function | Load | Per month | Always-on container |",
    "|---|---|---:|---:|",
  ];
  for (const { name, file, cost } of priced.slice(0, LISTED_COSTS)) {
    lines.push(
      `| ${escapeMarkdown(name)} (${escapeMarkdown(file)}) | ${escapeMarkdown(cost.basis)} | ${dollars(cost.monthly)} | ${dollars(cost.containerMonthly)} (${escapeMarkdown(cost.containerSize)}) |`,
    );
  }
  if (priced.length > LISTED_COSTS) lines.push("", `${priced.length - LISTED_COSTS} more in the inventory.`);
  return lines;
}
