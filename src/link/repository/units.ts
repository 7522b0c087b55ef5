import { posix } from "node:path";
import type { NamedUnit, OwnedService, ThirdPartyComponent } from "../../model/repository.js";
import type { Entity } from "../../model/types.js";

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** The name one service goes by in every format: `Cart_Service` in compose and `cart-service` in Kubernetes meet. */
export function serviceKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const unit = (entity: Entity): NamedUnit => ({
  name: entity.name,
  platform: entity.platform,
  file: entity.source.file,
});

export interface Units {
  ownedServices: OwnedService[];
  functions: NamedUnit[];
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
  const addService = (name: string, type: OwnedService["type"], entity: Entity) => {
    const key = serviceKey(text(entity.serviceKey) ?? name);
    const service = services.get(key) ?? { name, key, type, platforms: [], files: [] };
    if (!service.platforms.includes(entity.platform)) service.platforms.push(entity.platform);
    if (!service.files.includes(entity.source.file)) service.files.push(entity.source.file);
    if (type === "serverless-stack") service.functions = (service.functions ?? 0) + 1;
    services.set(key, service);
  };
  const functions: NamedUnit[] = [];
  for (const entity of entities) {
    if (entity.kind === "workload") {
      if (entity.owned === false) {
        const key = serviceKey(text(entity.serviceKey) ?? entity.name);
        if (!thirdParty.has(key)) {
          const category = text(entity.category) ?? text(entity.thirdPartyCategory) ?? "other";
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
        functions.push(unit(entity));
        addService(stackName(entity, repositoryName), "serverless-stack", entity);
      }
    }
  }
  return {
    ownedServices: [...services.values()],
    functions,
    thirdParty: [...thirdParty.values()],
    gateways: entities.filter((e) => e.kind === "gateway").map(unit),
    queues: entities.filter((e) => e.kind === "queue").map(unit),
  };
}

function stackName(entity: Entity, repositoryName: string): string {
  const declared = text(entity.stack) ?? text(entity.service);
  if (declared) return declared;
  const folder = posix.dirname(entity.source.file);
  return folder === "." ? repositoryName : posix.basename(folder);
}
