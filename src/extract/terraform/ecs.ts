import type { SourceRef, WorkloadEntity } from "../../model/types.js";
import type { ModelSink } from "../adapter.js";
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
import { refAt } from "../entity.js";
import { asBoolean, asString, isDict } from "../values.js";
import { type ContainerDefinitionFiles, fileCallPath } from "./ecs-container-files.js";
import { TERRAFORM_FORMAT } from "./fields.js";
import { literal, nestedBlock } from "./functions.js";
import { type Block, blocks, type TerraformModule } from "./module.js";
import { expressionOf, referencesIn, resolveValue, UNRESOLVED, variableOf, wholeExpression } from "./references.js";

const ECS_DIMENSION = "ecs:service:DesiredCount";
const TARGET_GROUPS = ["aws_lb_target_group", "aws_alb_target_group"];

/**
 * `aws_ecs_service` with the task definition, target groups and ECR repositories of its module, and the
 * `aws_appautoscaling_target` / `aws_appautoscaling_policy` pairs that scale it. Container definitions are read
 * from `jsonencode(…)`, a JSON string (heredoc), a local or variable, or a JSON file of the scan read by
 * `file()` / `templatefile()`.
 */
export function ecsServices(module: TerraformModule, sink: ModelSink, files: ContainerDefinitionFiles): void {
  const services = module.all("aws_ecs_service");
  if (services.length === 0) return;
  const reader = moduleReader(module);
  const workloads = new Map<string, WorkloadEntity>();
  for (const block of services) {
    const workload = ecsWorkload(ecsService(block, module, reader, files));
    workloads.set(block.address, workload);
    sink.entity(workload);
  }
  for (const block of module.all("aws_appautoscaling_target")) {
    const autoscaler = scalingTarget(block, module, reader, workloads);
    if (autoscaler) sink.entity(autoscaler);
  }
}

function moduleReader(module: TerraformModule): ValueReader {
  return {
    value: (raw) => {
      const value = resolveValue(raw, module);
      return value === UNRESOLVED || value === null ? undefined : value;
    },
    text: (raw) => (typeof raw === "string" ? raw : asString(raw)),
    note: (raw) => {
      const variable = variableOf(wholeExpression(expressionOf(raw)));
      if (!variable) return undefined;
      return variable.kind === "local" ? `from local.${variable.name}` : `from the default of var.${variable.name}`;
    },
  };
}

/** Values of a file `templatefile()` renders: its own `${…}` placeholders are not known here. */
const fileReader: ValueReader = {
  value: (raw) => (typeof raw === "string" && raw.includes("${") ? undefined : raw),
  text: (raw) => (typeof raw === "string" ? raw : asString(raw)),
};

function ecsService(
  block: Block,
  module: TerraformModule,
  reader: ValueReader,
  files: ContainerDefinitionFiles,
): EcsService {
  const { body, ref } = block;
  const address = `${module.prefix}${block.address}`;
  const taskAddress = referencesIn(body.task_definition).find((r) => r.type === "aws_ecs_task_definition")?.address;
  const taskBlock = taskAddress ? module.find(taskAddress) : undefined;
  const service: EcsService = {
    name: literal(body.name, module) ?? address,
    qualifier: address,
    format: TERRAFORM_FORMAT,
    ref,
    reader,
    daemon: reader.value(body.scheduling_strategy) === "DAEMON",
    loadBalancers: loadBalancers(block, module, reader),
    securityGroups: securityGroups(block),
  };
  if (body.desired_count !== undefined && body.desired_count !== null)
    service.desiredCount = { raw: body.desired_count, ref: refAt(ref, "desired_count") };
  const ignored = ignoresDesiredCount(block);
  if (ignored) service.desiredCountIgnored = ignored;
  const launchType = asString(reader.value(body.launch_type));
  if (launchType) service.launchType = launchType;
  else if (body.capacity_provider_strategy !== undefined) service.launchType = "capacity-provider";
  if (taskBlock) service.task = taskDefinition(taskBlock, module, reader, files);
  else if (body.task_definition !== undefined) service.taskUnknown = refAt(ref, "task_definition");
  const network = nestedBlock(body, "network_configuration", ref);
  if (network && asBoolean(reader.value(network.body.assign_public_ip)) === true) service.publicIp = true;
  const discovery = discoveryRef(block, reader);
  if (discovery) service.discovery = discovery;
  return service;
}

/** `lifecycle { ignore_changes = [desired_count] }` (or `all`): where it says so. */
function ignoresDesiredCount(block: Block): SourceRef | undefined {
  const lifecycle = nestedBlock(block.body, "lifecycle", block.ref);
  const ignored = lifecycle?.body.ignore_changes;
  if (!lifecycle || ignored === undefined) return undefined;
  const names = (Array.isArray(ignored) ? ignored : [ignored]).map((item) => {
    const expression = wholeExpression(expressionOf(item));
    return expression?.kind === "traversal" && expression.steps.length === 0 ? expression.root : item;
  });
  return names.includes("desired_count") || names.includes("all") ? refAt(lifecycle.ref, "ignore_changes") : undefined;
}

function taskDefinition(
  block: Block,
  module: TerraformModule,
  reader: ValueReader,
  files: ContainerDefinitionFiles,
): TaskDefinition {
  const { body, ref } = block;
  const repositories = (raw: unknown) =>
    referencesIn(raw).find((r) => r.type === "aws_ecr_repository" && module.find(r.address))?.address;
  const volumes = blocks(body, "volume", []);
  const task: TaskDefinition = {
    ref,
    containers: [],
    persistentVolume: volumes.some((volume) => volume.body.efs_volume_configuration !== undefined),
    ecrRepository: (raw) => {
      const address = repositories(raw);
      return address ? `ECR repository ${module.prefix}${address}` : undefined;
    },
  };
  if (body.cpu !== undefined) task.cpu = { raw: body.cpu, ref: refAt(ref, "cpu") };
  if (body.memory !== undefined) task.memory = { raw: body.memory, ref: refAt(ref, "memory") };
  const definitions = containerDefinitions(
    body.container_definitions,
    refAt(ref, "container_definitions"),
    module,
    reader,
    files,
  );
  if (definitions) task.containers = definitions;
  else if (body.container_definitions !== undefined) task.containersUnknown = refAt(ref, "container_definitions");
  return task;
}

function containerDefinitions(
  raw: unknown,
  ref: SourceRef,
  module: TerraformModule,
  reader: ValueReader,
  files: ContainerDefinitionFiles,
): ContainerDefinition[] | undefined {
  const list = (items: unknown, at: (index: number) => SourceRef, with_: ValueReader) =>
    Array.isArray(items)
      ? items.flatMap((body, index) => (isDict(body) ? [{ body, ref: at(index), reader: with_ }] : []))
      : undefined;
  if (Array.isArray(raw)) return list(raw, (index) => refAt(ref, index), reader);
  const path = fileCallPath(raw, module.dir);
  if (path) {
    const file = files.get(path);
    return file
      ? list(file.definitions, (index) => ({ file: file.path, doc: 0, path: [index] }), fileReader)
      : undefined;
  }
  const variable = variableOf(wholeExpression(expressionOf(raw)));
  const declared = variable?.kind === "local" ? module.locals.get(variable.name) : undefined;
  if (declared && Array.isArray(declared.value))
    return list(declared.value, (index) => refAt(declared.ref, index), reader);
  const value = reader.value(raw);
  if (Array.isArray(value)) return list(value, () => ref, reader);
  if (typeof raw !== "string") return undefined;
  // A heredoc or a quoted JSON string; interpolations inside its strings are resolved value by value.
  const text = typeof value === "string" ? value : raw;
  try {
    return list(JSON.parse(text), (index) => refAt(ref, index), reader);
  } catch {
    return undefined;
  }
}

function loadBalancers(block: Block, module: TerraformModule, reader: ValueReader): LoadBalancerTarget[] {
  return blocks(block.body, "load_balancer", [...block.ref.path]).map(({ body, path }) => {
    const found: LoadBalancerTarget = { ref: { ...block.ref, path } };
    const container = asString(reader.value(body.container_name));
    if (container) found.container = container;
    const reference = referencesIn(body.target_group_arn).find((r) => TARGET_GROUPS.includes(r.type));
    const group = reference ? module.find(reference.address) : undefined;
    if (group) {
      found.targetGroup = `${module.prefix}${group.address}`;
      const check = nestedBlock(group.body, "health_check", group.ref);
      const enabled = check?.body.enabled;
      const off = enabled !== undefined && asBoolean(reader.value(enabled)) === false;
      found.healthCheck = !off;
      found.healthCheckRef = check ? refAt(check.ref, ...(enabled !== undefined ? ["enabled"] : [])) : group.ref;
    } else if (body.elb_name !== undefined) found.healthCheck = true; // a Classic Load Balancer always checks
    return found;
  });
}

function discoveryRef(block: Block, reader: ValueReader): SourceRef | undefined {
  const registries = nestedBlock(block.body, "service_registries", block.ref);
  if (registries) return registries.ref;
  const connect = nestedBlock(block.body, "service_connect_configuration", block.ref);
  return connect && asBoolean(reader.value(connect.body.enabled)) !== false ? connect.ref : undefined;
}

function securityGroups(block: Block): string[] {
  const network = nestedBlock(block.body, "network_configuration", block.ref);
  const groups = network?.body.security_groups;
  if (!Array.isArray(groups)) return [];
  return groups.flatMap((group) => {
    const reference = referencesIn(group)[0];
    if (reference) return [reference.address];
    return typeof group === "string" ? [group] : [];
  });
}

function scalingTarget(
  block: Block,
  module: TerraformModule,
  reader: ValueReader,
  workloads: Map<string, WorkloadEntity>,
) {
  const { body, ref } = block;
  if (reader.value(body.scalable_dimension) !== ECS_DIMENSION) return undefined;
  const workload = scaledService(body.resource_id, reader, workloads);
  if (!workload) return undefined;
  const address = `${module.prefix}${block.address}`;
  const policies = module
    .all("aws_appautoscaling_policy")
    .filter(
      (policy) =>
        referencesIn(policy.body.resource_id).some((r) => r.address === block.address) ||
        (typeof body.resource_id === "string" && policy.body.resource_id === body.resource_id),
    )
    .map(scalingPolicy);
  return ecsAutoscaler({
    name: address,
    qualifier: address,
    format: TERRAFORM_FORMAT,
    ref,
    reader,
    workload,
    targetRef: refAt(ref, "resource_id"),
    policies,
    ...(body.min_capacity === undefined
      ? {}
      : { minCapacity: { raw: body.min_capacity, ref: refAt(ref, "min_capacity") } }),
    ...(body.max_capacity === undefined
      ? {}
      : { maxCapacity: { raw: body.max_capacity, ref: refAt(ref, "max_capacity") } }),
  });
}

/** The service a `resource_id` names: by reference (`aws_ecs_service.app.name`), else `service/<cluster>/<name>`. */
function scaledService(
  raw: unknown,
  reader: ValueReader,
  workloads: Map<string, WorkloadEntity>,
): WorkloadEntity | undefined {
  for (const reference of referencesIn(raw)) {
    const workload = workloads.get(reference.address);
    if (workload) return workload;
  }
  const name = /^service\/[^/]+\/([^/]+)$/.exec(asString(reader.value(raw)) ?? "")?.[1];
  return name ? [...workloads.values()].find((w) => w.name === name) : undefined;
}

function scalingPolicy(block: Block): ScalingPolicy {
  const tracking = nestedBlock(block.body, "target_tracking_scaling_policy_configuration", block.ref);
  const predefined = tracking ? nestedBlock(tracking.body, "predefined_metric_specification", tracking.ref) : undefined;
  const found: ScalingPolicy = { ref: tracking?.ref ?? block.ref, targetValue: tracking?.body.target_value };
  const type = asString(block.body.policy_type);
  found.type = type ?? "StepScaling";
  const metric = predefined ? asString(predefined.body.predefined_metric_type) : undefined;
  if (metric) found.predefinedMetric = metric;
  return found;
}
