// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation `!Sub` and Terraform strings are written as they are in templates
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../../src/extract/adapters.js";
import { Extractor } from "../../src/extract/extract.js";
import { fileCallPath } from "../../src/extract/terraform/ecs-container-files.js";
import { link } from "../../src/link/link.js";
import type { AutoscalerEntity, Model, WorkloadEntity } from "../../src/model/types.js";
import { parseFile } from "../../src/parse/parse-file.js";
import { renderArchitectureMap } from "../../src/report/architecture-map.js";
import { scanFolder } from "../helpers/scan.js";

function model(files: Record<string, string>): Model {
  const extractor = new Extractor(ADAPTERS);
  for (const [path, text] of Object.entries(files)) {
    const format = path.endsWith(".tf") ? "hcl" : path.includes(".json") ? "json" : "yaml";
    extractor.add(parseFile(path, text, format));
  }
  return link(extractor.finish(), { now: new Date("2026-06-01T00:00:00Z"), name: "test" });
}

const workloads = (m: Model) => m.entities.filter((e): e is WorkloadEntity => e.kind === "workload");
const autoscalers = (m: Model) => m.entities.filter((e): e is AutoscalerEntity => e.kind === "autoscaler");
const workload = (m: Model, name: string) => workloads(m).find((w) => w.name === name) as WorkloadEntity;

const CFN = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  ImageTag:
    Type: String
    Default: "1.4.2"
  WorkerImage:
    Type: String
  Count:
    Type: Number
Resources:
  Repository:
    Type: AWS::ECR::Repository
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      Cpu: "512"
      Memory: "1024"
      ContainerDefinitions:
        - Name: orders
          Image: !Sub \${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/\${Repository}:\${ImageTag}
          MemoryReservation: 768
          PortMappings:
            - ContainerPort: 8080
        - Name: xray
          Image: public.ecr.aws/xray/aws-xray-daemon:3.3.9
  TargetGroup:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Port: 8080
      Protocol: HTTP
      TargetType: ip
  ServiceSecurityGroup:
    Type: AWS::EC2::SecurityGroup
  Service:
    Type: AWS::ECS::Service
    Properties:
      ServiceName: orders
      LaunchType: FARGATE
      TaskDefinition: !Ref TaskDefinition
      DesiredCount: 3
      NetworkConfiguration:
        AwsvpcConfiguration:
          SecurityGroups: [!GetAtt ServiceSecurityGroup.GroupId, sg-0abc]
      LoadBalancers:
        - ContainerName: orders
          ContainerPort: 8080
          TargetGroupArn: !Ref TargetGroup
  ScalableTarget:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ScalableDimension: ecs:service:DesiredCount
      ResourceId: service/shop/orders
      MinCapacity: 2
      MaxCapacity: 8
  CpuPolicy:
    Type: AWS::ApplicationAutoScaling::ScalingPolicy
    Properties:
      PolicyType: TargetTrackingScaling
      ScalingTargetId: !Ref ScalableTarget
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 55
        PredefinedMetricSpecification:
          PredefinedMetricType: ECSServiceAverageCPUUtilization
  WorkerTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Volumes:
        - Name: shared
          EFSVolumeConfiguration:
            FilesystemId: fs-123
      ContainerDefinitions:
        - Name: worker
          Image: !Ref WorkerImage
  Worker:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref WorkerTask
      DesiredCount: !Ref Count
  Cache:
    Type: AWS::ECS::Service
    Properties:
      SchedulingStrategy: DAEMON
      TaskDefinition: !Ref CacheTask
  CacheTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: redis
          Image: redis:7
`;

describe("ECS services in CloudFormation", () => {
  const m = model({ "infra/template.yaml": CFN });
  const orders = workload(m, "orders");

  it("reads the service, its task definition and its load balancer as a workload", () => {
    expect(orders).toMatchObject({
      platform: "aws-ecs",
      workloadType: "ecs-service",
      replicas: 3,
      cpu: "512",
      memory: "1024",
      launchType: "FARGATE",
      securityGroups: ["ServiceSecurityGroup", "sg-0abc"],
      targetGroups: [{ name: "TargetGroup", container: "orders", healthCheck: true }],
      serviceKey: "orders",
      stateless: true,
      owned: true,
      ecrRepository: "ECR repository Repository",
    });
    expect(orders.origins.replicas?.ref.path).toEqual(["Resources", "Service", "Properties", "DesiredCount"]);
  });

  it("gives each container its image, reservations (else the task's) and health", () => {
    const [main, xray] = orders.containers;
    expect(main).toMatchObject({
      name: "orders",
      requests: { cpu: "512", memory: "768" },
      receivesTraffic: true,
      readinessProbe: true,
      livenessProbe: false,
      sidecar: false,
    });
    expect(orders.origins["containers.0.requests.cpu"]?.note).toBe("the task's, shared by its containers");
    expect(orders.origins["containers.0"]?.ref.path).toEqual([
      "Resources",
      "TaskDefinition",
      "Properties",
      "ContainerDefinitions",
      0,
    ]);
    expect(xray).toMatchObject({ name: "xray", receivesTraffic: false, sidecar: true });
  });

  it("joins the scalable target named by its ResourceId text, with its target-tracking metric", () => {
    const [scaler] = autoscalers(m);
    expect(scaler).toMatchObject({
      scaler: "application-autoscaling",
      minReplicas: 2,
      effectiveMinReplicas: 2,
      maxReplicas: 8,
      target: { kind: "ecs-service", name: "orders" },
      metrics: [{ resource: "cpu", utilization: 55 }],
      targetFound: true,
    });
    expect(orders.autoscaledBy).toEqual(["ScalableTarget"]);
    expect(orders.autoscaled).toBe(true);
  });

  it("leaves a desired count from a parameter without default unresolved, and owns an image set at deploy time", () => {
    const worker = workload(m, "Worker");
    expect(worker.replicas).toBeUndefined();
    expect(worker.unresolved).toContain("replicas");
    expect(worker.owned).toBe(true);
    expect(worker.ownedReason).toContain("image set at deploy time (${WorkerImage})");
    expect(worker.stateless).toBe(false); // an EFS volume
    expect(worker.autoscaled).toBe(false);
  });

  it("reads a daemon service of an off-the-shelf image as third-party and not stateless", () => {
    const cache = workload(m, "Cache");
    expect(cache).toMatchObject({ owned: false, stateless: false, component: "cache", images: ["redis:7"] });
  });
});

const TF = `locals {
  containers = [
    {
      name  = "api"
      image = "\${aws_ecr_repository.api.repository_url}:latest"
      healthCheck = { command = ["CMD-SHELL", "curl -f localhost/health"] }
    }
  ]
}

variable "replicas" {
  type = number
}

resource "aws_ecr_repository" "api" {
  name = "api"
}

resource "aws_ecs_task_definition" "api" {
  cpu                   = "1024"
  memory                = "2048"
  container_definitions = jsonencode(local.containers)
}

resource "aws_ecs_task_definition" "web" {
  container_definitions = file("\${path.module}/web-containers.json")
}

resource "aws_ecs_task_definition" "jobs" {
  container_definitions = <<EOF
[{"name": "jobs", "image": "ghcr.io/acme/jobs:2", "memory": 512}]
EOF
}

resource "aws_ecs_task_definition" "outside" {
  container_definitions = file("../elsewhere/containers.json")
}

resource "aws_lb_target_group" "web" {
  health_check {
    enabled = false
  }
}

resource "aws_ecs_service" "api" {
  name            = "api"
  task_definition = aws_ecs_task_definition.api.arn
  desired_count   = var.replicas
  lifecycle {
    ignore_changes = [desired_count]
  }
}

resource "aws_ecs_service" "web" {
  name            = "web"
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 2
  load_balancer {
    target_group_arn = aws_lb_target_group.web.arn
    container_name   = "web"
    container_port   = 80
  }
}

resource "aws_ecs_service" "jobs" {
  name            = "jobs"
  task_definition = aws_ecs_task_definition.jobs.arn
}

resource "aws_ecs_service" "outside" {
  name            = "outside"
  task_definition = aws_ecs_task_definition.outside.arn
}

resource "aws_appautoscaling_target" "api" {
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/\${var.cluster}/\${aws_ecs_service.api.name}"
  min_capacity       = 1
  max_capacity       = 4
}

resource "aws_appautoscaling_policy" "api_requests" {
  policy_type = "TargetTrackingScaling"
  resource_id = aws_appautoscaling_target.api.resource_id
  target_tracking_scaling_policy_configuration {
    target_value = 1000
    predefined_metric_specification {
      predefined_metric_type = "ALBRequestCountPerTarget"
    }
  }
}

resource "aws_appautoscaling_policy" "api_steps" {
  resource_id = aws_appautoscaling_target.api.resource_id
}
`;

const WEB_CONTAINERS = `[
  { "name": "web", "image": "acme/web:1.0", "portMappings": [{ "containerPort": 80 }] }
]
`;

describe("ECS images known only in part", () => {
  it("keeps an image as written, so an ECR mirror of an off-the-shelf image stays third-party", () => {
    const m = model({
      "db.yaml": `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: postgres
          Image: !Sub \${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/postgres:16
  Database:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref Task
`,
    });
    const database = workload(m, "Database");
    expect(database.images).toEqual(["${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/postgres:16"]);
    expect(database).toMatchObject({ owned: false, component: "database" });
  });
});

describe("ECS services in nested stacks", () => {
  const parent = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  OrdersService:
    Type: AWS::Serverless::Application
    Properties:
      Location: ./service.yaml
      Parameters:
        ServiceName: orders
        Count: 4
        Image: ghcr.io/acme/orders:1.2
`;
  const child = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  ServiceName:
    Type: String
  Count:
    Type: Number
    Default: 1
  Image:
    Type: String
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: !Ref ServiceName
          Image: !Ref Image
  Service:
    Type: AWS::ECS::Service
    Properties:
      ServiceName: !Ref ServiceName
      TaskDefinition: !GetAtt Task.TaskDefinitionArn
      DesiredCount: !Ref Count
`;
  const m = model({ "stacks/main.yaml": parent, "stacks/service.yaml": child });

  it("reads the child's service with the parameters its parent passes, and notes where they came from", () => {
    const orders = workload(m, "orders");
    expect(orders).toMatchObject({ replicas: 4, images: ["ghcr.io/acme/orders:1.2"], serviceKey: "orders" });
    expect(orders.origins.replicas?.note).toContain("OrdersService");
    expect(workloads(m)).toHaveLength(1);
  });
});

describe("ECS services in Terraform", () => {
  const m = model({ "deploy/main.tf": TF, "deploy/web-containers.json": WEB_CONTAINERS });

  it("reads containers from a local passed to jsonencode, pointing at the local", () => {
    const api = workload(m, "api");
    expect(api.containers).toMatchObject([{ name: "api", livenessProbe: true, receivesTraffic: false }]);
    expect(api.containers[0]?.requests).toEqual({ cpu: "1024", memory: "2048" });
    expect(api.origins["containers.0"]?.ref.path).toEqual(["locals", 0, "containers", 0]);
    expect(api.ecrRepository).toBe("ECR repository aws_ecr_repository.api");
    expect(api.unresolved).toContain("replicas");
    expect(api.replicasIgnoredOnApply).toBe(true);
  });

  it("joins the scalable target and keeps only its target-tracking policy on a known metric", () => {
    const [scaler] = autoscalers(m);
    expect(scaler).toMatchObject({
      name: "aws_appautoscaling_target.api",
      minReplicas: 1,
      maxReplicas: 4,
      metrics: [{ resource: "requests" }],
    });
    expect(workload(m, "api").autoscaledBy).toEqual(["aws_appautoscaling_target.api"]);
  });

  it("reads a file() of container definitions, pointing into that file", () => {
    const web = workload(m, "web");
    expect(web.replicas).toBe(2);
    expect(web.containers).toMatchObject([
      { name: "web", image: "acme/web:1.0", receivesTraffic: true, readinessProbe: false, livenessProbe: false },
    ]);
    expect(web.containers[0]?.missingProbes).toContain("target group's health check is off");
    expect(web.origins["containers.0"]?.ref).toMatchObject({ file: "deploy/web-containers.json", path: [0] });
    expect(web.targetGroups).toEqual([{ name: "aws_lb_target_group.web", container: "web", healthCheck: false }]);
  });

  it("reads a heredoc of JSON container definitions", () => {
    const jobs = workload(m, "jobs");
    expect(jobs.containers).toMatchObject([
      { name: "jobs", image: "ghcr.io/acme/jobs:2", requests: { memory: "512" } },
    ]);
    expect(jobs.origins["containers.0"]?.ref.path).toEqual([
      "resource",
      "aws_ecs_task_definition",
      "jobs",
      "container_definitions",
      0,
    ]);
  });

  it("never reads a file outside the scanned root: its containers stay unknown", () => {
    const outside = workload(m, "outside");
    expect(outside.containers).toEqual([]);
    expect(outside.unresolved).toContain("containers");
  });
});

describe("fileCallPath", () => {
  it("resolves a literal path under path.module or path.root, relative to the scanned root", () => {
    expect(fileCallPath('${file("${path.module}/defs.json")}', "infra/ecs")).toBe("infra/ecs/defs.json");
    expect(fileCallPath('${templatefile("${path.root}/defs.json.tftpl", { a = 1 })}', "infra/ecs")).toBe(
      "defs.json.tftpl",
    );
    expect(fileCallPath('${file("task/../defs.json")}', "infra")).toBe("infra/defs.json");
  });

  it("gives up on paths that leave the root, computed paths and other expressions", () => {
    expect(fileCallPath('${file("../../secrets.json")}', "infra")).toBeUndefined();
    expect(fileCallPath('${file("/etc/passwd")}', "infra")).toBeUndefined();
    expect(fileCallPath('${file("${var.dir}/defs.json")}', "infra")).toBeUndefined();
    expect(fileCallPath("${local.defs}", "infra")).toBeUndefined();
    expect(fileCallPath(["not", "a", "call"], "infra")).toBeUndefined();
  });
});

describe("ECS services on the map", () => {
  it("are owned services in an Amazon ECS group, the off-the-shelf ones third-party", () => {
    const report = scanFolder(
      join(
        import.meta.dirname,
        "..",
        "fixtures",
        "policies",
        "workload-without-autoscaling",
        "cfn-ecs-autoscaled-and-daemon",
      ),
    );
    expect(report.inventory.ownedServices.map((s) => [s.name, s.platforms])).toEqual([["orders", ["aws-ecs"]]]);
    expect(report.inventory.ownedServices[0]?.evidence).toEqual([
      "image from ECR repository Repository, an ECR repository of the stack",
    ]);
    expect(report.inventory.thirdParty.map((c) => c.name)).toEqual(["LogAgentService"]);
    expect(renderArchitectureMap(report)).toContain('"Amazon ECS"');
  });
});
