import { posix } from "node:path";
import { offTheShelfCategory, serviceKey } from "../../extract/containers/images.js";
import type { FunctionUnit, NamedUnit, OwnedService, ThirdPartyComponent } from "../../model/repository.js";
import type { Entity, FunctionEntity } from "../../model/types.js";
import type { CostEstimate } from "../cost/function-costs.js";

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

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
  gateways: NamedUnit[];
  queues: NamedUnit[];
}

/**
 * The deployable units, deduplicated by service key across formats. A workload is owned unless its adapter says
 * otherwise (`owned: false`, an off-the-shelf image); a Knative service is one owned service; the functions of one
 * stack (one folder's serverless.yml, SAM or CloudFormation template, Terraform module) are one owned service,
 * deployed together, named by the stack's `service`/`stack` field or else by its folder.
 */
export function collectUnits(entities: readonly Entity[], repositoryName: string): Units {
  const services = new Map<string, OwnedService>();
  const thirdParty = new Map<string, ThirdPartyComponent>();
  const addService = (name: string, type: OwnedService["type"], entity: Entity): string => {
    const key = serviceKey(text(entity.serviceKey) ?? name);
    const service = services.get(key) ?? { name, key, type, platforms: [], files: [] };
    if (!service.platforms.includes(entity.platform)) service.platforms.push(entity.platform);
    if (!service.files.includes(entity.source.file)) service.files.push(entity.source.file);
    if (type === "serverless-stack") service.functions = (service.functions ?? 0) + 1;
    services.set(key, service);
    return key;
  };
  const functions: FunctionUnit[] = [];
  for (const entity of entities) {
    if (entity.kind === "workload") {
      if (entity.owned === false) {
        const key = serviceKey(text(entity.serviceKey) ?? entity.name);
        if (!thirdParty.has(key)) {
          const category = strings(entity.images).map(offTheShelfCategory).find(Boolean) ?? "other";
          thirdParty.set(key, {
            name: entity.name,
            category,
            images: strings(entity.images),
            file: entity.source.file,
          });
        }
      } else addService(entity.name, "container", entity);
    } else if (entity.kind === "function") {
      if (entity.platform === "knative") addService(entity.name, "knative", entity);
      else {
        const service = addService(stackName(entity, repositoryName), "serverless-stack", entity);
        functions.push(functionUnit(entity as FunctionEntity, service));
      }
    }
  }
  const gateways = entities.filter((e) => e.kind === "gateway").map(unit);
  return {
    ownedServices: [...services.values()],
    functions,
    thirdParty: [...thirdParty.values()],
    gateways: [...gateways, ...impliedGateways(functions, gateways)],
    queues: entities.filter((e) => e.kind === "queue").map(unit),
  };
}

/** The API gateway an HTTP trigger puts in front of a stack, unless its file declares gateways of its own. */
function impliedGateways(functions: FunctionUnit[], declared: NamedUnit[]): NamedUnit[] {
  const implied = new Map<string, NamedUnit>();
  for (const fn of functions) {
    if (!fn.gateway || declared.some((g) => g.file === fn.file)) continue;
    implied.set(`${fn.gateway}\u0000${fn.file}`, { name: fn.gateway, platform: fn.platform, file: fn.file });
  }
  return [...implied.values()];
}

function functionUnit(fn: FunctionEntity, service: string): FunctionUnit {
  const found: FunctionUnit = { ...unit(fn), service };
  const gateway = text(fn.gatewayLabel);
  if (gateway) found.gateway = gateway;
  const queues = (fn.triggers ?? []).flatMap((trigger) => {
    if (trigger.kind !== "queue") return [];
    const joined = trigger.queue as { name?: unknown } | undefined;
    const name = text(joined?.name) ?? text(trigger.source) ?? text(trigger.sourceKey);
    return name ? [name] : [];
  });
  if (queues.length) found.queues = [...new Set(queues)];
  const cost = fn.cost as CostEstimate | undefined;
  if (cost) {
    const { monthly, containerMonthly, basis, containerSize, pricesAsOf } = cost;
    found.cost = { monthly, containerMonthly, basis, containerSize, pricesAsOf };
  }
  return found;
}

function stackName(entity: Entity, repositoryName: string): string {
  const declared = text(entity.stack) ?? text(entity.service);
  if (declared) return declared;
  const folder = posix.dirname(entity.source.file);
  return folder === "." ? repositoryName : posix.basename(folder);
}
