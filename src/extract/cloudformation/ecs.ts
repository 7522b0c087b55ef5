import type { DocPath, SourceRef, WorkloadEntity } from "../../model/types.js";
import {
  type ContainerDefinition,
  type EcsService,
  ecsAutoscaler,
  ecsWorkload,
  type LoadBalancerTarget,
  type ScalingPolicy,
  type TaskDefinition,
  type ValueReader,
} from "../containers/ecs-service.js";
import { asBoolean, asString, type Dict, isDict, UNRESOLVED, valueAt } from "../values.js";
import { type Resource, resourcesOf, type Template } from "./template.js";

const ECS_DIMENSION = "ecs:service:DesiredCount";

/**
 * ECS services (`AWS::ECS::Service`) with the task definition, target groups and ECR repositories they refer to
 * in the same template, and the Application Auto Scaling targets and policies that scale them.
 */
export function extractEcsServices(template: Template): void {
  const services = resourcesOf(template, "AWS::ECS::Service");
  if (services.length === 0) return;
  const reader = readerOf(template);
  const byId = (type: string) => new Map(resourcesOf(template, type).map((r) => [r.id, r]));
  const tasks = byId("AWS::ECS::TaskDefinition");
  const targetGroups = byId("AWS::ElasticLoadBalancingV2::TargetGroup");
  const repositories = new Set(resourcesOf(template, "AWS::ECR::Repository").map((r) => r.id));
  const referenced = (raw: unknown) => template.intrinsics.references(raw);

  const workloads = new Map<string, WorkloadEntity>();
  for (const resource of services) {
    const { properties } = resource;
    const taskId = referenced(properties.TaskDefinition).find((id) => tasks.has(id));
    const task = taskId ? tasks.get(taskId) : undefined;
    const service: EcsService = {
      name: asString(reader.value(properties.ServiceName)) ?? resource.id,
      qualifier: resource.id,
      format: template.format,
      ref: resource.ref(),
      reader,
      daemon: reader.value(properties.SchedulingStrategy) === "DAEMON",
      loadBalancers: loadBalancers(resource, targetGroups, reader, referenced),
      securityGroups: securityGroups(resource, reader),
    };
    if (properties.DesiredCount !== undefined)
      service.desiredCount = { raw: properties.DesiredCount, ref: resource.ref("DesiredCount") };
    const launchType = asString(reader.value(properties.LaunchType));
    if (launchType) service.launchType = launchType;
    else if (properties.CapacityProviderStrategy !== undefined) service.launchType = "capacity-provider";
    if (task) service.task = taskDefinition(task, reader, (raw) => ecrRepository(raw, repositories, referenced));
    else if (properties.TaskDefinition !== undefined) service.taskUnknown = resource.ref("TaskDefinition");
    const publicIp = valueAt(properties, ["NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp"]);
    if (reader.value(publicIp) === "ENABLED") service.publicIp = true;
    const discovery = discoveryRef(resource, reader);
    if (discovery) service.discovery = discovery;
    const workload = ecsWorkload(service);
    workloads.set(resource.id, workload);
    template.sink.entity(workload);
  }
  extractScalingTargets(template, reader, workloads);
}

function readerOf(template: Template): ValueReader {
  const { intrinsics } = template;
  return {
    value: (raw) => {
      if (raw === undefined) return undefined;
      const value = intrinsics.resolve(raw);
      return value === UNRESOLVED ? undefined : value;
    },
    text: (raw) => intrinsics.describe(raw),
    note: (raw) => intrinsics.noteFor(raw),
  };
}

function taskDefinition(
  task: Resource,
  reader: ValueReader,
  ecrRepository: (raw: unknown) => string | undefined,
): TaskDefinition {
  const { properties } = task;
  const definitions = properties.ContainerDefinitions;
  const containers: ContainerDefinition[] = Array.isArray(definitions)
    ? definitions.flatMap((body, index) =>
        isDict(body) ? [{ body, ref: task.ref("ContainerDefinitions", index), reader }] : [],
      )
    : [];
  const volumes = Array.isArray(properties.Volumes) ? properties.Volumes : [];
  const found: TaskDefinition = {
    ref: task.ref(),
    containers,
    persistentVolume: volumes.some((volume) => isDict(volume) && volume.EFSVolumeConfiguration !== undefined),
    ecrRepository,
  };
  if (properties.Cpu !== undefined) found.cpu = { raw: properties.Cpu, ref: task.ref("Cpu") };
  if (properties.Memory !== undefined) found.memory = { raw: properties.Memory, ref: task.ref("Memory") };
  if (definitions !== undefined && !Array.isArray(definitions))
    found.containersUnknown = task.ref("ContainerDefinitions");
  return found;
}

function ecrRepository(
  raw: unknown,
  repositories: Set<string>,
  referenced: (raw: unknown) => string[],
): string | undefined {
  const id = referenced(raw).find((ref) => repositories.has(ref));
  return id ? `ECR repository ${id}` : undefined;
}

function loadBalancers(
  service: Resource,
  targetGroups: Map<string, Resource>,
  reader: ValueReader,
  referenced: (raw: unknown) => string[],
): LoadBalancerTarget[] {
  const entries = service.properties.LoadBalancers;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry, index): LoadBalancerTarget[] => {
    if (!isDict(entry)) return [];
    const found: LoadBalancerTarget = { ref: service.ref("LoadBalancers", index) };
    const container = asString(reader.value(entry.ContainerName));
    if (container) found.container = container;
    const groupId = referenced(entry.TargetGroupArn).find((id) => targetGroups.has(id));
    const group = groupId ? targetGroups.get(groupId) : undefined;
    if (group) {
      found.targetGroup = group.id;
      const enabled = group.properties.HealthCheckEnabled;
      const off = enabled !== undefined && asBoolean(reader.value(enabled)) === false;
      found.healthCheck = !off;
      found.healthCheckRef = group.ref(...(enabled !== undefined ? ["HealthCheckEnabled"] : []));
    } else if (entry.LoadBalancerName !== undefined) found.healthCheck = true; // a Classic Load Balancer always checks
    return [found];
  });
}

function discoveryRef(service: Resource, reader: ValueReader): SourceRef | undefined {
  const { properties } = service;
  if (Array.isArray(properties.ServiceRegistries) && properties.ServiceRegistries.length > 0)
    return service.ref("ServiceRegistries");
  const connect = properties.ServiceConnectConfiguration;
  if (isDict(connect) && asBoolean(reader.value(connect.Enabled)) !== false)
    return service.ref("ServiceConnectConfiguration");
  return undefined;
}

function securityGroups(service: Resource, reader: ValueReader): string[] {
  const path: DocPath = ["NetworkConfiguration", "AwsvpcConfiguration", "SecurityGroups"];
  const groups = valueAt(service.properties, path);
  const list = Array.isArray(groups) ? groups : [];
  return list.flatMap((group) => {
    const text = reader.text(group);
    return text ? [text.replace(/^\$\{([^}.]+)(\.GroupId)?\}$/, "$1")] : [];
  });
}

/** Application Auto Scaling targets on a service's desired count, with the target-tracking policies on them. */
function extractScalingTargets(template: Template, reader: ValueReader, workloads: Map<string, WorkloadEntity>): void {
  const policies = resourcesOf(template, "AWS::ApplicationAutoScaling::ScalingPolicy");
  for (const resource of resourcesOf(template, "AWS::ApplicationAutoScaling::ScalableTarget")) {
    const { properties } = resource;
    if (reader.value(properties.ScalableDimension) !== ECS_DIMENSION) continue;
    const workload = scaledService(template, properties.ResourceId, workloads);
    if (!workload) continue;
    const own = policies.filter((policy) =>
      template.intrinsics.references(policy.properties.ScalingTargetId).includes(resource.id),
    );
    const autoscaler = ecsAutoscaler({
      name: resource.id,
      qualifier: resource.id,
      format: template.format,
      ref: resource.ref(),
      reader,
      workload,
      targetRef: resource.ref("ResourceId"),
      policies: own.map(scalingPolicy),
      ...(properties.MinCapacity === undefined
        ? {}
        : { minCapacity: { raw: properties.MinCapacity, ref: resource.ref("MinCapacity") } }),
      ...(properties.MaxCapacity === undefined
        ? {}
        : { maxCapacity: { raw: properties.MaxCapacity, ref: resource.ref("MaxCapacity") } }),
    });
    template.sink.entity(autoscaler);
  }
}

/** The service a `ResourceId` names: by reference (`!GetAtt Service.Name`), else by `service/<cluster>/<name>`. */
function scaledService(
  template: Template,
  resourceId: unknown,
  workloads: Map<string, WorkloadEntity>,
): WorkloadEntity | undefined {
  for (const id of template.intrinsics.references(resourceId)) {
    const workload = workloads.get(id);
    if (workload) return workload;
  }
  const name = /^service\/[^/]+\/([^/]+)$/.exec(template.intrinsics.nameKey(resourceId) ?? "")?.[1];
  return name ? [...workloads.values()].find((w) => w.name === name) : undefined;
}

function scalingPolicy(policy: Resource): ScalingPolicy {
  const config = policy.properties.TargetTrackingScalingPolicyConfiguration;
  const tracking: Dict = isDict(config) ? config : {};
  const predefined = valueAt(tracking, ["PredefinedMetricSpecification", "PredefinedMetricType"]);
  const found: ScalingPolicy = { ref: policy.ref(), targetValue: tracking.TargetValue };
  const type = asString(policy.properties.PolicyType);
  if (type) found.type = type;
  if (typeof predefined === "string") found.predefinedMetric = predefined;
  return found;
}
