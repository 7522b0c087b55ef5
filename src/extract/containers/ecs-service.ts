import { offTheShelfCategory, serviceKey } from "../../knowledge/images.js";
import type { AutoscalerEntity, ContainerInfo, SourceRef, WorkloadEntity } from "../../model/types.js";
import { createEntity, markUnresolved, refInto, setField } from "../entity.js";
import { asNumber, asString, type Dict, isDict } from "../values.js";
import { ownershipOf } from "./ownership.js";

export const ECS_PLATFORM = "aws-ecs";
export const ECS_SERVICE = "ecs-service";

/**
 * How a format reads its values: the plain value (undefined when it cannot be known without deploying), the
 * text of a value for display (an image written with references), and the note a value carries (a parameter a
 * parent stack passed, a variable's default).
 */
export interface ValueReader {
  value(raw: unknown): unknown;
  text(raw: unknown): string | undefined;
  note?(raw: unknown): string | undefined;
}

/** A setting as written: its raw value and where it sits. */
export interface Setting {
  raw: unknown;
  ref: SourceRef;
}

/** One container definition, as written in the task definition (CloudFormation PascalCase or ECS JSON camelCase). */
export interface ContainerDefinition {
  body: Dict;
  ref: SourceRef;
  /** The raw settings resolve through this reader (a JSON file of container definitions has its own). */
  reader: ValueReader;
}

export interface TaskDefinition {
  ref: SourceRef;
  cpu?: Setting;
  memory?: Setting;
  containers: ContainerDefinition[];
  /** The containers could not be read (a `file()` of a file outside the scan, an expression). */
  containersUnknown?: SourceRef;
  /** A volume on EFS: the tasks share persistent storage. */
  persistentVolume: boolean;
  /** The ECR repository of the stack an image comes from, by the image's raw value. */
  ecrRepository(raw: unknown): string | undefined;
}

export interface LoadBalancerTarget {
  /** The container the target group sends to; undefined when the entry does not say or it is unresolved. */
  container?: string;
  ref: SourceRef;
  /** The target group's health check is on (the ELB default), off, or the target group is not in the scan. */
  healthCheck?: boolean;
  /** Where that answer was read: the health check's setting, else the target group. */
  healthCheckRef?: SourceRef;
  targetGroup?: string;
}

export interface EcsService {
  /** The service's name as the manifest names it (ServiceName / name), else its logical id or address. */
  name: string;
  /** Tells two services of one file apart: the logical id or the Terraform address. */
  qualifier: string;
  format: string;
  ref: SourceRef;
  reader: ValueReader;
  desiredCount?: Setting;
  /** Terraform `lifecycle { ignore_changes = [desired_count] }`: an apply leaves the running count alone. */
  desiredCountIgnored?: SourceRef;
  daemon: boolean;
  launchType?: string;
  task?: TaskDefinition;
  /** The task definition is referenced but not declared in the scan. */
  taskUnknown?: SourceRef;
  loadBalancers: LoadBalancerTarget[];
  /** Cloud Map service registries or Service Connect: clients find tasks without a load balancer. */
  discovery?: SourceRef;
  securityGroups: string[];
  /** awsvpc tasks get a public IP (`AssignPublicIp: ENABLED`, `assign_public_ip = true`): reachable directly. */
  publicIp?: boolean;
}

/** A container definition's field in either spelling (`Image` in CloudFormation, `image` in ECS JSON). */
export function definitionField(body: Dict, name: string): [unknown, string] {
  const pascal = name.charAt(0).toUpperCase() + name.slice(1);
  return pascal in body ? [body[pascal], pascal] : [body[name], name];
}

/**
 * An ECS service as a workload: desired count as replicas, each container with its image, its CPU and memory
 * (the task's when the container sets none) and its health: a container `healthCheck` is ECS's liveness check,
 * and the container is ready when its target group's health check or its own gates it.
 */
export function ecsWorkload(service: EcsService): WorkloadEntity {
  const { reader } = service;
  const workload = createEntity<WorkloadEntity>(
    {
      kind: "workload",
      name: service.name,
      platform: ECS_PLATFORM,
      format: service.format,
      ref: service.ref,
      qualifier: service.qualifier,
    },
    { workloadType: ECS_SERVICE, containers: [], podLabels: {}, images: [], stateless: true },
  );
  if (service.desiredCount) readNumber(workload, "replicas", service.desiredCount, reader);
  if (service.desiredCountIgnored) setField(workload, "replicasIgnoredOnApply", true, service.desiredCountIgnored);
  if (service.launchType) workload.launchType = service.launchType;
  if (service.securityGroups.length) workload.securityGroups = service.securityGroups;
  if (service.taskUnknown) markUnresolved(workload, "containers", service.taskUnknown);
  const task = service.task;
  if (task?.cpu) readText(workload, "cpu", task.cpu, reader);
  if (task?.memory) readText(workload, "memory", task.memory, reader);
  if (task?.containersUnknown) markUnresolved(workload, "containers", task.containersUnknown);

  const ecr: string[] = [];
  for (const definition of task?.containers ?? []) {
    const container = ecsContainer(definition, service, workload);
    const repository = task?.ecrRepository(definitionField(definition.body, "image")[0]);
    if (repository) ecr.push(repository);
    workload.origins[`containers.${workload.containers.length}`] = { ref: definition.ref };
    workload.containers.push(container);
    if (container.image) workload.images.push(container.image);
  }
  markSidecars(workload.containers);
  if (service.loadBalancers.length) {
    workload.targetGroups = service.loadBalancers.map((lb) => ({
      ...(lb.targetGroup ? { name: lb.targetGroup } : {}),
      ...(lb.container ? { container: lb.container } : {}),
      ...(lb.healthCheck === undefined ? {} : { healthCheck: lb.healthCheck }),
    }));
  }
  if (ecr[0]) workload.ecrRepository = ecr[0];
  Object.assign(workload, ownership(workload.images, ecr[0]));
  workload.stateless = !service.daemon && !task?.persistentVolume && !/[-_](db|database)$/i.test(service.name);
  workload.serviceKey = serviceKey(mainContainer(service, workload)?.name ?? service.name);
  return workload;
}

/**
 * An image from an ECR repository of the stack is the team's own; so is one the stack is given at deploy time (a
 * parameter or variable with no default), unless what is known of it names an off-the-shelf image (an ECR
 * mirror `${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/postgres:16` is still a database).
 */
function ownership(images: string[], ecrRepository?: string) {
  if (ecrRepository) return { owned: true, ownedReason: `image from ${ecrRepository}, an ECR repository of the stack` };
  const first = images[0];
  if (first && images.every((image) => image.includes("${") && !offTheShelfCategory(image)))
    return { owned: true, ownedReason: `image set at deploy time (${first}), not a recognised off-the-shelf image` };
  return ownershipOf(images);
}

/** The container requests reach: the one the load balancer targets, else the first. */
function mainContainer(service: EcsService, workload: WorkloadEntity): ContainerInfo | undefined {
  const target = service.loadBalancers.find((lb) => lb.container)?.container;
  return workload.containers.find((c) => c.name === target) ?? workload.containers[0];
}

function ecsContainer(definition: ContainerDefinition, service: EcsService, workload: WorkloadEntity): ContainerInfo {
  const { body, reader } = definition;
  const [rawName] = definitionField(body, "name");
  const name = asString(reader.value(rawName)) ?? `container ${workload.containers.length + 1}`;
  const [rawImage] = definitionField(body, "image");
  // An image that does not resolve is kept as written (`${ImageUri}`), so what is known of it still counts.
  const image = asString(reader.value(rawImage)) ?? (rawImage === undefined ? undefined : reader.text(rawImage));
  const requests = containerRequests(definition, service, workload);
  const healthCheck = isDict(definitionField(body, "healthCheck")[0]);
  const container: ContainerInfo = { name, requests, longRunning: true, livenessProbe: healthCheck };
  if (image) container.image = image;

  const targets = service.loadBalancers.filter(
    (lb) => lb.container === name || (lb.container === undefined && service.task?.containers.length === 1),
  );
  const [portMappings] = definitionField(body, "portMappings");
  if (targets.length > 0) {
    container.receivesTraffic = true;
    const balanced = targets.some((lb) => lb.healthCheck !== false);
    if (healthCheck || balanced) container.readinessProbe = true;
    else {
      container.readinessProbe = false;
      container.missingProbes =
        "no health check: its target group's health check is off and it declares no container healthCheck";
    }
  } else if (service.discovery && Array.isArray(portMappings) && portMappings.length > 0) {
    container.receivesTraffic = true;
    container.readinessProbe = healthCheck;
    if (!healthCheck)
      container.missingProbes = "no container healthCheck, which Cloud Map and Service Connect rely on to route to it";
  } else if (service.publicIp && Array.isArray(portMappings) && portMappings.length > 0) {
    // Its task has a public IP and opens ports with nothing in front: clients reach the task directly.
    container.receivesTraffic = true;
    container.readinessProbe = healthCheck;
    if (!healthCheck)
      container.missingProbes = "no health check: no container healthCheck, and it is reached on its public IP";
  } else container.receivesTraffic = false;
  return container;
}

/**
 * CPU and memory: the container's own reservation (`cpu`, `memoryReservation`, else its hard `memory` limit),
 * else the task's, which all its containers share.
 */
function containerRequests(definition: ContainerDefinition, service: EcsService, workload: WorkloadEntity) {
  const { body, reader } = definition;
  const requests: ContainerInfo["requests"] = {};
  const index = workload.containers.length;
  const own = (field: string) => {
    const [raw, key] = definitionField(body, field);
    const value = raw === undefined ? undefined : asNumber(reader.value(raw));
    return value === undefined || value === 0 ? undefined : { value: String(value), ref: refInto(definition.ref, key) };
  };
  const cpu = own("cpu");
  const memory = own("memoryReservation") ?? own("memory");
  const task = service.task;
  const shared = (setting: Setting | undefined) => {
    const value = setting ? asString(service.reader.value(setting.raw)) : undefined;
    return value && setting ? { value, ref: setting.ref, note: "the task's, shared by its containers" } : undefined;
  };
  const found: [string, { value: string; ref: SourceRef; note?: string } | undefined][] = [
    ["cpu", cpu ?? shared(task?.cpu)],
    ["memory", memory ?? shared(task?.memory)],
  ];
  for (const [resource, read] of found) {
    if (!read) continue;
    requests[resource as "cpu" | "memory"] = read.value;
    const origin = read.note ? { ref: read.ref, note: read.note } : { ref: read.ref };
    workload.origins[`containers.${index}.requests.${resource}`] = origin;
  }
  return requests;
}

/** An off-the-shelf helper (a log router, a proxy, an X-Ray daemon) in a task whose own container is ready. */
function markSidecars(containers: ContainerInfo[]): void {
  const gated = containers.some((c) => c.readinessProbe === true && !(c.image && offTheShelfCategory(c.image)));
  for (const container of containers) {
    if (container.image && offTheShelfCategory(container.image)) container.sidecar = gated;
    else container.sidecar = false;
  }
}

function readNumber(workload: WorkloadEntity, field: string, setting: Setting, reader: ValueReader): void {
  const value = asNumber(reader.value(setting.raw));
  if (value === undefined) markUnresolved(workload, field, setting.ref);
  else setField(workload, field, value, setting.ref, reader.note?.(setting.raw));
}

function readText(workload: WorkloadEntity, field: string, setting: Setting, reader: ValueReader): void {
  const value = asString(reader.value(setting.raw));
  if (value === undefined) markUnresolved(workload, field, setting.ref);
  else setField(workload, field, value, setting.ref, reader.note?.(setting.raw));
}

export interface ScalingTarget {
  name: string;
  qualifier: string;
  format: string;
  ref: SourceRef;
  reader: ValueReader;
  minCapacity?: Setting;
  maxCapacity?: Setting;
  /** The workload it scales; `targetRef` is where the target names it (ResourceId / resource_id). */
  workload: WorkloadEntity;
  targetRef: SourceRef;
  policies: ScalingPolicy[];
}

export interface ScalingPolicy {
  /** `TargetTrackingScaling` / `StepScaling`. */
  type?: string;
  /** The predefined metric (`ECSServiceAverageCPUUtilization`), when it uses one. */
  predefinedMetric?: string;
  targetValue?: unknown;
  ref: SourceRef;
}

const PREDEFINED_RESOURCES: Record<string, string> = {
  ECSServiceAverageCPUUtilization: "cpu",
  ECSServiceAverageMemoryUtilization: "memory",
  ALBRequestCountPerTarget: "requests",
};

/**
 * An Application Auto Scaling target on `ecs:service:DesiredCount`: min and max capacity (both required by the
 * API, so no default applies), the service it scales, and its target-tracking metrics.
 */
export function ecsAutoscaler(target: ScalingTarget): AutoscalerEntity {
  const { reader } = target;
  const autoscaler = createEntity<AutoscalerEntity>(
    {
      kind: "autoscaler",
      name: target.name,
      platform: ECS_PLATFORM,
      format: target.format,
      ref: target.ref,
      qualifier: target.qualifier,
    },
    { scaler: "application-autoscaling", metrics: [], targetId: target.workload.id },
  );
  setField(autoscaler, "target", { kind: ECS_SERVICE, name: target.workload.name }, target.targetRef);
  if (target.minCapacity) {
    const min = asNumber(reader.value(target.minCapacity.raw));
    if (min === undefined) markUnresolved(autoscaler, "minReplicas", target.minCapacity.ref);
    else {
      const note = reader.note?.(target.minCapacity.raw);
      setField(autoscaler, "minReplicas", min, target.minCapacity.ref, note);
      setField(autoscaler, "effectiveMinReplicas", min, target.minCapacity.ref, note);
    }
  }
  if (target.maxCapacity) {
    const max = asNumber(reader.value(target.maxCapacity.raw));
    if (max === undefined) markUnresolved(autoscaler, "maxReplicas", target.maxCapacity.ref);
    else setField(autoscaler, "maxReplicas", max, target.maxCapacity.ref, reader.note?.(target.maxCapacity.raw));
  }
  for (const policy of target.policies) {
    const resource = policy.predefinedMetric ? PREDEFINED_RESOURCES[policy.predefinedMetric] : undefined;
    if (policy.type !== "TargetTrackingScaling" || !resource) continue;
    const utilization = asNumber(reader.value(policy.targetValue));
    autoscaler.origins[`metrics.${autoscaler.metrics.length}`] = { ref: policy.ref };
    autoscaler.metrics.push(
      resource === "requests" || utilization === undefined ? { resource } : { resource, utilization },
    );
  }
  return autoscaler;
}
