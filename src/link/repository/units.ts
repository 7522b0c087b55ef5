import { posix } from "node:path";
import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import { serviceKey } from "../../knowledge/images.js";
import type {
  FunctionUnit,
  GatewayUnit,
  NamedUnit,
  NotAService,
  OwnedService,
  ThirdPartyComponent,
} from "../../model/repository.js";
import type { Entity, Evidence, FunctionEntity, WorkloadEntity } from "../../model/types.js";
import type { CostEstimate } from "../cost/function-costs.js";
import { type BusNames, busNames, triggeringBus } from "./buses.js";
import { gatewayUnits } from "./gateway-routes.js";
import { buildsOf, type Role, registryPrefix, roleOf, runsFunctionsHost } from "./provenance.js";

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

const unit = (entity: Entity): NamedUnit => ({
  name: entity.name,
  platform: entity.platform,
  file: entity.source.file,
});

export interface Units {
  ownedServices: OwnedService[];
  functions: FunctionUnit[];
  thirdParty: ThirdPartyComponent[];
  notServices: NotAService[];
  gateways: GatewayUnit[];
  queues: NamedUnit[];
}

interface Source {
  platform: string;
  file: string;
  isFunction: boolean;
}

/** A canary or variant copy (`payment-canary`, `payment-fix`, `payment-v2`) of the service named before it. */
const CANARY = /^(.+?)[-_](canary|fix|hotfix|v\d+|new|next|preview|beta|blue|green|stable)$/;

/**
 * The deployable units, deduplicated by service key across formats. A workload's role comes from its provenance
 * (provenance.ts): the team's service, a backing component (third-party), or not a service (load generator,
 * test runner, one-shot job, unresolved placeholder, a canary folded into its service). A Knative service is one
 * owned service; the functions of one stack (one folder's serverless.yml, SAM or CloudFormation template,
 * Terraform module, one Azure Function App) are one owned service, keyed by the stack's folder so unrelated
 * stacks never merge, named by the stack's `service`/`stack` field, else its folder.
 */
export function collectUnits(
  entities: readonly Entity[],
  evidence: readonly Evidence[],
  repositoryName: string,
): Units {
  const builds = buildsOf(evidence);
  const services = new Map<string, OwnedService>();
  const thirdParty = new Map<string, ThirdPartyComponent>();
  const notServices = new Map<string, NotAService>();
  const addService = (name: string, key: string, type: OwnedService["type"], from: Source, why: string[]) => {
    const service = services.get(key) ?? { name, key, type, platforms: [], files: [], evidence: [] };
    if (!service.platforms.includes(from.platform)) service.platforms.push(from.platform);
    if (!service.files.includes(from.file)) service.files.push(from.file);
    for (const item of why) if (!service.evidence.includes(item)) service.evidence.push(item);
    if (type === "serverless-stack") service.functions = (service.functions ?? 0) + (from.isFunction ? 1 : 0);
    services.set(key, service);
    return key;
  };
  const from = (entity: Entity): Source => ({
    platform: entity.platform,
    file: entity.source.file,
    isFunction: entity.kind === "function" && entity.functionsInCode !== true,
  });
  const functionApps = evidence.filter((e) => e.category === EVIDENCE.functionApp);
  const functions: FunctionUnit[] = [];
  const names = busNames(evidence);
  const workloads: WorkloadEntity[] = [];
  for (const entity of entities) {
    if (entity.kind === "workload") workloads.push(entity as WorkloadEntity);
    else if (entity.kind === "function") {
      const key = text(entity.serviceKey) ?? serviceKey(entity.name);
      if (entity.platform === "knative") addService(entity.name, key, "knative", from(entity), ["a Knative service"]);
      else if (text(entity.uncounted)) {
        const reason = text(entity.uncounted) ?? "";
        notServices.set(key, { name: entity.name, reason, file: entity.source.file });
      } else if (entity.functionsInCode === true) {
        const stack = stackOf(entity, repositoryName);
        addService(stack.name, stack.key, "serverless-stack", from(entity), [stack.evidence]);
      } else {
        const stack = stackOf(entity, repositoryName);
        const service = addService(stack.name, stack.key, "serverless-stack", from(entity), [stack.evidence]);
        functions.push(functionUnit(entity as FunctionEntity, service, names));
      }
    }
  }
  for (const app of functionApps) {
    const key = `stack:${app.value}`;
    if (services.has(key)) continue;
    const name = app.value === "." ? repositoryName : posix.basename(app.value);
    const source = { platform: "azure-functions", file: app.file, isFunction: false };
    addService(name, key, "serverless-stack", source, [`Azure Function App ${app.file} (functions declared in code)`]);
  }
  for (const api of evidence.filter((e) => e.category === EVIDENCE.apiStack)) {
    const key = `stack:${api.value}`;
    if (services.has(key)) continue;
    const name = api.value === "." ? repositoryName : posix.basename(api.value);
    const source = { platform: "aws-sam", file: api.file, isFunction: false };
    addService(name, key, "serverless-stack", source, [
      `SAM application ${api.file} serves an API with no function of its own`,
    ]);
  }
  const prefixes = new Set<string>();
  const provenances = workloads.map((workload) => ({ workload, role: roleOf(workload, builds) }));
  for (const { workload, role } of provenances) {
    if (role.role === "service" && role.evidence.some((e) => e.startsWith("built here")))
      for (const image of workload.images) {
        const prefix = registryPrefix(image);
        if (prefix) prefixes.add(prefix);
      }
  }
  const roles = provenances.map(({ workload, role }) => ({ workload, role: elsewhere(workload, role, prefixes) }));
  for (const { workload, role } of roles) {
    const key = text(workload.serviceKey) ?? serviceKey(workload.name);
    if (role.role === "third-party") {
      if (!thirdParty.has(key))
        thirdParty.set(key, {
          name: workload.name,
          category: role.category,
          images: workload.images,
          file: workload.source.file,
        });
    } else if (role.role === "not-a-service") {
      if (!notServices.has(key))
        notServices.set(key, { name: workload.name, reason: role.reason, file: workload.source.file });
    } else if (runsFunctionsHost(workload) && functionApps.length > 0) {
      const reason = "runs the Azure Functions host: a container variant of this repository's Function Apps";
      if (!notServices.has(key)) notServices.set(key, { name: workload.name, reason, file: workload.source.file });
    } else addService(workload.name, key, "container", from(workload), withPrefix(role.evidence, workload, prefixes));
  }
  addConnections(roles, services, thirdParty);
  foldCanaries(services, notServices);
  for (const service of services.values()) {
    if (service.evidence.some((e) => e.startsWith("built here")))
      service.evidence = service.evidence.filter((e) => e.startsWith("built here") || e.startsWith("canary"));
  }
  const gateways = gatewayUnits(entities, roles, services);
  for (const entity of entities) {
    // A Function App behind API Management: that gateway, declared in another file, routes to its stack.
    const apiManagement = entity.kind === "function" ? text(entity.apiManagement) : undefined;
    const gateway = apiManagement ? gateways.find((g) => g.name === apiManagement) : undefined;
    if (!gateway) continue;
    const stack = stackOf(entity, repositoryName).key;
    if (services.has(stack) && !gateway.routesTo?.includes(stack))
      gateway.routesTo = [...(gateway.routesTo ?? []), stack];
  }
  return {
    ownedServices: [...services.values()],
    functions,
    thirdParty: [...thirdParty.values()].filter((c) => !services.has(serviceKey(c.name))),
    notServices: [...notServices.values()],
    gateways: withFunctionGateways(functions, gateways),
    queues: entities.filter((e) => e.kind === "queue").map(unit),
  };
}

/**
 * When the repository builds images, an image nothing here builds, under another registry or organisation than
 * theirs (`eventuateio/…` beside `msapatterns/…`), is someone else's component, not a service of the team's.
 */
function elsewhere(workload: WorkloadEntity, role: Role, prefixes: Set<string>): Role {
  if (role.role !== "service" || !role.assumed || prefixes.size === 0) return role;
  const image = workload.images[0] ?? "";
  const prefix = registryPrefix(image);
  if (!prefix || prefixes.has(prefix)) return role;
  const built = [...prefixes].sort().join(", ");
  return { role: "third-party", category: "other", reason: `${image} is not built here nor under ${built}` };
}

/** An image not built here but pushed under the registry prefix of images built here is built by the same team. */
function withPrefix(evidence: string[], workload: WorkloadEntity, prefixes: Set<string>): string[] {
  if (evidence.some((e) => e.startsWith("built here"))) return evidence;
  const prefix = workload.images.map(registryPrefix).find((p) => p && prefixes.has(p));
  return prefix ? [`same registry prefix ${prefix} as the images built here`] : evidence;
}

/**
 * What each owned container service's settings connect to: another owned service (a call) or a third-party
 * component (a database, broker, cache it uses), matched by service key.
 */
function addConnections(
  roles: { workload: WorkloadEntity; role: Role }[],
  services: Map<string, OwnedService>,
  thirdParty: Map<string, ThirdPartyComponent>,
): void {
  for (const { workload, role } of roles) {
    const own = services.get(text(workload.serviceKey) ?? serviceKey(workload.name));
    if (role.role !== "service" || !own || !Array.isArray(workload.connections)) continue;
    for (const host of workload.connections as string[]) {
      const key = serviceKey(host);
      if (services.has(key) && key !== own.key) own.calls = [...new Set([...(own.calls ?? []), key])];
      const component = thirdParty.get(key);
      if (component) own.uses = [...new Set([...(own.uses ?? []), component.name])];
    }
  }
}

/** A canary copy is its service deployed twice: its files join the service, and it is listed as not a service. */
function foldCanaries(services: Map<string, OwnedService>, notServices: Map<string, NotAService>): void {
  for (const [key, service] of services) {
    const base = CANARY.exec(key)?.[1];
    const target = base === undefined ? undefined : services.get(base);
    if (!target || target === service) continue;
    for (const file of service.files) if (!target.files.includes(file)) target.files.push(file);
    target.evidence.push(`canary copy ${service.name} (${service.files[0]}) folded in`);
    notServices.set(key, {
      name: service.name,
      reason: `a canary copy of ${target.name}`,
      file: service.files[0] ?? "",
    });
    services.delete(key);
  }
}

/**
 * Each function's gateway routes to its stack: the API its template declares it on, else the API gateway its
 * HTTP trigger implies (SAM's implicit API, a Serverless `http` event), one per file.
 */
function withFunctionGateways(functions: FunctionUnit[], declared: GatewayUnit[]): GatewayUnit[] {
  const gateways = [...declared];
  for (const fn of functions) {
    if (!fn.gateway) continue;
    let gateway = gateways.find((g) => g.name === fn.gateway && g.file === fn.file);
    if (!gateway) {
      gateway = { name: fn.gateway, platform: fn.platform, file: fn.file };
      gateways.push(gateway);
    }
    if (!gateway.routesTo?.includes(fn.service)) gateway.routesTo = [...(gateway.routesTo ?? []), fn.service];
  }
  return gateways;
}

function functionUnit(fn: FunctionEntity, service: string, names: BusNames): FunctionUnit {
  const found: FunctionUnit = { ...unit(fn), service };
  const declared = (fn.triggers ?? []).map((trigger) => text(trigger.api)).find(Boolean);
  const gateway = declared ?? text(fn.gatewayLabel);
  if (gateway) found.gateway = gateway;
  const queues = (fn.triggers ?? []).flatMap((trigger) => {
    if (trigger.kind !== "queue") return [];
    const joined = trigger.queue as { name?: unknown } | undefined;
    const name = text(joined?.name) ?? text(trigger.source) ?? text(trigger.sourceKey);
    return name ? [name] : [];
  });
  if (queues.length) found.queues = [...new Set(queues)];
  const buses = (fn.triggers ?? []).flatMap((trigger) => triggeringBus(trigger, names) ?? []);
  if (buses.length) found.buses = [...new Set(buses)];
  const publishes = (fn.publishes ?? []).map((bus) => names(bus.name, bus.kind));
  if (publishes.length) found.publishes = [...new Set(publishes)];
  const cost = fn.cost as CostEstimate | undefined;
  if (cost) {
    const { monthly, containerMonthly, basis, containerSize, pricesAsOf } = cost;
    found.cost = { monthly, containerMonthly, basis, containerSize, pricesAsOf };
  }
  return found;
}

interface Stack {
  name: string;
  key: string;
  evidence: string;
}

/**
 * The stack a function is deployed with: its Function App's folder, else the Function App its infrastructure code
 * declares (an app tied to no code folder), else its manifest's folder.
 */
function stackOf(entity: Entity, repositoryName: string): Stack {
  const app = text(entity.functionApp);
  const declaredIn = text(entity.appDeclaredIn);
  const inCode = entity.functionsInCode === true ? " (functions declared in code)" : "";
  if (!app && declaredIn)
    return {
      name: text(entity.stack) ?? entity.name,
      key: `stack:${declaredIn}#${entity.name}`,
      evidence: `Azure Function App ${entity.name} declared in ${declaredIn}${inCode}`,
    };
  const folder = app ?? posix.dirname(entity.source.file);
  const declared = text(entity.stack) ?? text(entity.service);
  const name = declared ?? (folder === "." ? repositoryName : posix.basename(folder));
  const host = `Azure Function App ${folder === "." ? "" : `${folder}/`}host.json`;
  const evidence = app
    ? `${host}${declaredIn ? `, declared in ${declaredIn}` : ""}${inCode}`
    : `functions deployed by ${entity.source.file}`;
  return { name, key: `stack:${folder}`, evidence };
}
