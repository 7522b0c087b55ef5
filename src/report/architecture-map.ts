import { posix } from "node:path";
import type { GatewayUnit, OwnedService } from "../model/repository.js";
import { plural } from "./inventory-summary.js";
import type { Report } from "./report.js";

/**
 * Above this many services a platform's group becomes one node (a whole application's services stay apart, so
 * their calls show); above MAX_NODES everything collapses further.
 */
const MAX_GROUP = 20;
const MAX_NODES = 40;
const DATA_STORE_CATEGORIES = new Set(["database", "cache", "queue", "storage", "search", "data-store"]);
/** Third-party components that carry events between services: drawn as buses, not data stores. */
const BUS_CATEGORIES = new Set(["broker"]);

const PLATFORM_NAMES: Record<string, string> = {
  kubernetes: "Kubernetes",
  helm: "Helm",
  kustomize: "Kustomize",
  compose: "Compose",
  knative: "Knative / Cloud Run",
  "aws-lambda": "AWS Lambda",
  "aws-ecs": "Amazon ECS",
  "azure-functions": "Azure Functions",
  "gcp-functions": "Google Cloud Functions",
};

/**
 * Text from the repository as a Mermaid label: quoted, with quotes, brackets and backticks made harmless; an empty
 * name (which Mermaid cannot parse) shows as `(unnamed)`.
 */
export function mermaidLabel(text: string): string {
  const safe = (text.trim() === "" ? "(unnamed)" : text)
    .replace(/[\r\n]+/g, " ")
    .replace(/`/g, "'")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;");
  return `"${safe}"`;
}

const shapes = {
  service: (label: string) => `[${label}]`,
  gateway: (label: string) => `{{${label}}}`,
  queue: (label: string) => `[/${label}/]`,
  store: (label: string) => `[(${label})]`,
  bus: (label: string) => `>${label}]`,
};

/**
 * The architecture as a Mermaid flowchart: gateways → the owned services and stacks of functions they route to,
 * grouped by platform → the services their settings call, the queues they read and the data stores they use;
 * event buses, topics and brokers (Kafka, RabbitMQ) as nodes of their own, each bus → the stacks its events
 * trigger, each stack → the buses it publishes to, each service → the broker it connects to. Large groups collapse
 * to one node and the whole map stays under MAX_NODES, so it renders and reads in a PR comment. Empty when nothing
 * is deployed.
 */
export function architectureFlowchart(report: Report): string {
  const { ownedServices, functions, gateways, queues, thirdParty } = report.inventory;
  if (ownedServices.length === 0) return "";
  let next = 0;
  const id = () => `n${next++}`;
  const lines = ["flowchart LR"];
  const serviceNodes = new Map<string, string>();
  const groups = new Map<string, OwnedService[]>();
  for (const service of ownedServices) {
    const platform = groupOf(service, functions);
    groups.set(platform, [...(groups.get(platform) ?? []), service]);
  }
  const budget = MAX_NODES - Math.min(gateways.length + queues.length, MAX_NODES / 2);
  const collapseAll = ownedServices.length > budget;
  let nodes = 0;
  for (const [platform, services] of groups) {
    lines.push(`  subgraph ${id()}[${mermaidLabel(PLATFORM_NAMES[platform] ?? platform)}]`);
    if (collapseAll || services.length > MAX_GROUP) {
      const node = id();
      lines.push(`    ${node}${shapes.service(mermaidLabel(`${services.length} services`))}`);
      for (const service of services) serviceNodes.set(service.key, node);
      nodes++;
    } else {
      for (const service of services) {
        const node = id();
        const label =
          service.type === "serverless-stack" ? `${service.name} (${functionCount(service)})` : service.name;
        lines.push(`    ${node}${shapes.service(mermaidLabel(label))}`);
        serviceNodes.set(service.key, node);
        nodes++;
      }
    }
    lines.push("  end");
  }

  const edges = new Set<string>();
  for (const [gateway, label] of gatewayLabels(gateways)) {
    const from = id();
    lines.push(`  ${from}${shapes.gateway(mermaidLabel(label))}`);
    for (const key of gateway.routesTo ?? []) {
      const to = serviceNodes.get(key);
      if (to) edges.add(`  ${from} --> ${to}`);
    }
  }
  const queueNodes = new Map<string, string>();
  const tooManyQueues = queues.length + nodes > MAX_NODES;
  const queueNode = (name: string) => {
    const key = tooManyQueues ? "*" : name;
    let node = queueNodes.get(key);
    if (!node) {
      node = id();
      queueNodes.set(key, node);
      lines.push(`  ${node}${shapes.queue(mermaidLabel(tooManyQueues ? `${queues.length} queues` : name))}`);
    }
    return node;
  };
  const busNodes = new Map<string, string>();
  const busNode = (name: string) => {
    let node = busNodes.get(name);
    if (!node) {
      node = id();
      busNodes.set(name, node);
      lines.push(`  ${node}${shapes.bus(mermaidLabel(name))}`);
    }
    return node;
  };
  for (const fn of functions) {
    const target = serviceNodes.get(fn.service);
    if (!target) continue;
    for (const queue of fn.queues ?? []) edges.add(`  ${target} -->|reads| ${queueNode(queue)}`);
    for (const bus of fn.buses ?? []) edges.add(`  ${busNode(bus)} -->|triggers| ${target}`);
    for (const bus of fn.publishes ?? []) edges.add(`  ${target} -->|publishes| ${busNode(bus)}`);
  }
  const brokers = thirdParty.filter((t) => BUS_CATEGORIES.has(t.category));
  if (brokers.length + busNodes.size + nodes <= MAX_NODES) for (const broker of brokers) busNode(broker.name);
  for (const queue of queues) if (!queueNodes.has(tooManyQueues ? "*" : queue.name)) queueNode(queue.name);

  const stores = thirdParty.filter((t) => DATA_STORE_CATEGORIES.has(t.category));
  const storeNodes = new Map<string, string>();
  if (stores.length) {
    lines.push(`  subgraph ${id()}[${mermaidLabel("Data stores")}]`);
    const shown = stores.length + nodes > MAX_NODES ? [] : stores;
    for (const store of shown) {
      const node = id();
      storeNodes.set(store.name, node);
      lines.push(`    ${node}${shapes.store(mermaidLabel(store.name))}`);
    }
    if (!shown.length) lines.push(`    ${id()}${shapes.store(mermaidLabel(`${stores.length} data stores`))}`);
    lines.push("  end");
  }
  for (const service of ownedServices) {
    const from = serviceNodes.get(service.key);
    if (!from) continue;
    for (const key of service.calls ?? []) {
      const to = serviceNodes.get(key);
      if (to && to !== from) edges.add(`  ${from} --> ${to}`);
    }
    for (const name of service.uses ?? []) {
      const to = storeNodes.get(name) ?? busNodes.get(name);
      if (to) edges.add(`  ${from} --> ${to}`);
    }
  }
  return [...lines, ...edges].join("\n");
}

/** The flowchart in a Mermaid code block, as Markdown renders it; empty when there is nothing to draw. */
export function renderArchitectureMap(report: Report): string {
  const flowchart = architectureFlowchart(report);
  return flowchart ? ["```mermaid", flowchart, "```", ""].join("\n") : "";
}

/**
 * Each gateway with the label it is drawn with: its name, and its folder when another gateway has the same name
 * (four stacks that each declare an `Api` are four gateways).
 */
function gatewayLabels(gateways: GatewayUnit[]): [GatewayUnit, string][] {
  const named = new Map<string, number>();
  for (const { name } of gateways) named.set(name, (named.get(name) ?? 0) + 1);
  return gateways.map((gateway) => {
    const folder = posix.dirname(gateway.file);
    const shared = (named.get(gateway.name) ?? 0) > 1 && folder !== ".";
    return [gateway, shared ? `${gateway.name} (${folder})` : gateway.name];
  });
}

/** An Azure Function App with no function.json holds functions declared in code (.NET, Java attributes). */
function functionCount(service: OwnedService): string {
  if (!service.functions && service.platforms.includes("azure-functions")) return "functions in code";
  return plural(service.functions ?? 0, "function");
}

function groupOf(service: OwnedService, functions: Report["inventory"]["functions"]): string {
  if (service.type === "serverless-stack")
    return functions.find((f) => f.service === service.key)?.platform ?? service.platforms[0] ?? "functions";
  return service.platforms[0] ?? "containers";
}
