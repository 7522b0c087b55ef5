import type { DecisionAnswer, EvidenceRef, RepositoryFacts, SystemSummary } from "../model/repository.js";
import type { SetAsideFile } from "../model/types.js";
import type { Inventory } from "./inventory.js";

/** One line of the inventory as people read it, shared by the text and Markdown reports. */
export interface InventoryRow {
  label: string;
  value: string;
}

const SHOWN = 6;

const list = (items: string[], none = "none found") =>
  items.length === 0
    ? none
    : items.length > SHOWN
      ? `${items.slice(0, SHOWN).join(", ")} and ${items.length - SHOWN} more`
      : items.join(", ");

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

const place = (e: EvidenceRef) => (e.line ? `${e.file}:${e.line}` : e.file);

/** Evidence grouped by tool: `Prometheus (a.yml:3, b.yml:9)`. */
/** The cluster's code, else the script that creates it (automation, but not infrastructure as code). */
function clusterInCode(iac: RepositoryFacts["iac"]): string {
  if (iac.clusterInCode.length) return evidenceList(iac.clusterInCode);
  return iac.clusterByScript.length
    ? `no: created by a script (${list(iac.clusterByScript.slice(0, 2).map(place))})`
    : "no";
}

function evidenceList(evidence: EvidenceRef[]): string {
  const byValue = new Map<string, string[]>();
  for (const e of evidence) byValue.set(e.value, [...(byValue.get(e.value) ?? []), place(e)]);
  return list(
    [...byValue].map(
      ([value, places]) => `${value} (${list(places.slice(0, 2))}${places.length > 2 ? ` +${places.length - 2}` : ""})`,
    ),
  );
}

const answer = (a: DecisionAnswer) =>
  a.answer === "unknown" ? `unknown (${a.reason})` : `${a.answer} (${a.basis}: ${a.reason})`;

/** The architecture style in one line, the first thing every report says: `microservices (0 serverless stacks …)`. */
export function styleText(inventory: Inventory): string | undefined {
  const systems = collection(inventory);
  if (systems) {
    const counts = new Map<string, number>();
    for (const system of systems) counts.set(system.style.value, (counts.get(system.style.value) ?? 0) + 1);
    const styles = [...counts].sort((a, b) => b[1] - a[1]).map(([value, count]) => `${count} ${value}`);
    return `a collection of ${systems.length} independent systems, each judged on its own (${styles.join(", ")})`;
  }
  const style = inventory.style as Inventory["style"] | undefined;
  return style ? `${style.value} (${style.basis})` : undefined;
}

/** The systems of a repository that holds several, else undefined. */
export function collection(inventory: Pick<Inventory, "systems">): SystemSummary[] | undefined {
  const systems = inventory.systems as SystemSummary[] | undefined;
  return systems && systems.length > 1 ? systems : undefined;
}

function systemText(system: SystemSummary): string {
  const parts = [
    system.style.value,
    ...(system.ownedServices.length ? [plural(system.ownedServices.length, "owned service")] : []),
    ...(system.functions ? [plural(system.functions, "function")] : []),
  ];
  return `${system.name} (${parts.join(", ")})`;
}

/** Why a missing review is or is not overdue yet: the known age of the scanned code. */
const reviewAge = (age: string | undefined) =>
  age === undefined
    ? ""
    : age === "unknown"
      ? " (the repository's age is unknown, so no review is overdue yet)"
      : ` (${age})`;

/**
 * `12 files not judged: 8 optional (examples/, extras/), 4 test (tests/); name them in include to judge them`,
 * so nothing leaves the report silently; and, when the examples were judged because nothing else deploys
 * anything, that they were.
 */
export function setAsideSummary(inventory: Pick<Inventory, "setAside" | "optionalJudged">): string | undefined {
  const files = inventory.setAside ?? [];
  const judged = inventory.optionalJudged;
  const verb = judged?.files === 1 ? "is" : "are";
  const optional = judged
    ? `nothing else deploys anything, so ${plural(judged.files, "file")} ${list(judged.reasons)} ${verb} judged as the deployed system`
    : undefined;
  if (files.length === 0) return optional;
  if (optional) return `${optional}; ${setAsideText(files)}`;
  return setAsideText(files);
}

function setAsideText(files: SetAsideFile[]): string {
  const byRole = (["optional", "test"] as const).flatMap((role) => {
    const ofRole = files.filter((f) => f.role === role);
    const why = [...new Set(ofRole.map((f) => f.reason))];
    return ofRole.length ? [`${ofRole.length} ${role} (${list(why)})`] : [];
  });
  return `${plural(files.length, "file")} not judged as the deployed system: ${byRole.join(", ")}; name them in the config's include (e.g. \`examples/**\`) to judge them`;
}

export function inventoryRows(inventory: Inventory): InventoryRow[] {
  const { ownedServices, functions, thirdParty, gateways, queues, team, observability, iac, delivery, decision } =
    inventory;
  const style = styleText(inventory);
  const systems = collection(inventory);
  const rows: InventoryRow[] = [
    ...(style ? [{ label: "Style", value: style }] : []),
    ...(systems ? [{ label: "Systems", value: `${systems.length}: ${list(systems.map(systemText))}` }] : []),
    {
      label: "Owned services",
      value: systems
        ? `${ownedServices.length} across the ${systems.length} systems`
        : `${ownedServices.length}${ownedServices.length ? `: ${list(ownedServices.map((s) => s.name))}` : ""}`,
    },
    { label: "Functions", value: String(functions.length) },
    {
      label: "Third-party components",
      value: `${thirdParty.length}${thirdParty.length ? `: ${list(thirdParty.map((t) => `${t.name} (${t.category})`))}` : ""}`,
    },
    {
      label: "Gateways",
      value: `${gateways.length}${gateways.length ? `: ${list(gateways.map((g) => g.name))}` : ""}`,
    },
    { label: "Queues", value: `${queues.length}${queues.length ? `: ${list(queues.map((q) => q.name))}` : ""}` },
    {
      label: "Team size",
      value: team.size === undefined ? `unknown: ${team.detail}` : `${team.size} (${team.detail})`,
    },
    { label: "Metrics", value: evidenceList(observability.metrics) },
    { label: "Traces", value: evidenceList(observability.traces) },
    { label: "Logs", value: evidenceList(observability.logs) },
    { label: "Dashboards", value: evidenceList(observability.dashboards) },
    { label: "Service mesh", value: evidenceList(inventory.mesh) },
    ...(setAsideSummary(inventory) ? [{ label: "Set aside", value: setAsideSummary(inventory) as string }] : []),
    ...(inventory.unrenderedHelmCharts?.length
      ? [
          {
            label: "Helm templates",
            value: `not rendered, read through values.yaml: ${list(inventory.unrenderedHelmCharts)}`,
          },
        ]
      : []),
    {
      label: "Infrastructure as code",
      value: list(iac.tools.map((t) => `${t.tool} (${plural(t.files.length, "file")})`)),
    },
  ];
  if (iac.kubernetes.length) rows.push({ label: "Cluster in code", value: clusterInCode(iac) });
  rows.push(
    {
      label: "CI/CD",
      value: list(
        delivery.systems.map((s) =>
          s.deploys
            ? `${s.system} (deploys: ${list([...new Set(s.deploySteps.map((d) => d.value))])})`
            : `${s.system} (no deploy step)`,
        ),
      ),
    },
    { label: "Traffic unpredictable?", value: answer(decision.trafficUnpredictable) },
    { label: "Sudden spikes?", value: answer(decision.suddenSpikes) },
    { label: "Short-lived work?", value: answer(decision.shortLivedWork) },
    { label: "DevOps expertise?", value: answer(decision.devopsExpertise) },
    {
      label: "Last reassessment",
      value: inventory.reassessment.last
        ? `${inventory.reassessment.last} (${inventory.reassessment.source === "issue" ? "reassessment issue" : "reassessment.lastReviewed"})`
        : `none recorded${reviewAge(inventory.reassessment.age)}: set reassessment.lastReviewed in .archlint.yml`,
    },
  );
  return rows;
}
