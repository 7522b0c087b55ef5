// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation `!Sub` strings are written as they are in templates
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../../src/extract/adapters.js";
import { Extractor } from "../../src/extract/extract.js";
import { link } from "../../src/link/link.js";
import type { FunctionEntity, Model } from "../../src/model/types.js";
import { parseFile } from "../../src/parse/parse-file.js";

function model(files: Record<string, string>): Model {
  const extractor = new Extractor(ADAPTERS);
  for (const [path, text] of Object.entries(files))
    extractor.add(parseFile(path, text, path.endsWith(".tf") ? "hcl" : path.endsWith(".json") ? "json" : "yaml"));
  return link(extractor.finish(), { now: new Date("2026-06-01T00:00:00Z"), name: "shop" });
}

const fn = (m: Model, name: string) =>
  m.entities.find((e) => e.kind === "function" && e.name === name) as FunctionEntity;
const unit = (m: Model, name: string) => m.facts?.functions.find((f) => f.name === name);
const SAM = 'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\n';
const lines = (...text: string[]) => text.join("\n");

describe("what a function publishes to (CloudFormation and SAM)", () => {
  it("reads an inline SAM statement allowing events:PutEvents on a bus of the stack, by the bus's own name", () => {
    const m = model({
      "orders/template.yaml": lines(
        SAM,
        "Resources:",
        "  Bus:",
        "    Type: AWS::Events::EventBus",
        "    Properties: { Name: orders-bus }",
        "  Fn:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        "      Handler: a.b",
        "      Policies:",
        "        - Statement:",
        "            - Effect: Allow",
        "              Action: [events:PutEvents]",
        "              Resource: !GetAtt Bus.Arn",
        "            - Effect: Allow",
        "              Action: sqs:SendMessage",
        "              Resource: '*'",
      ),
    });
    const f = fn(m, "Fn");
    expect(f.publishes).toEqual([{ kind: "event-bus", name: "orders-bus" }]);
    expect(f.origins["publishes.0"]?.ref.path).toEqual([
      "Resources",
      "Fn",
      "Properties",
      "Policies",
      0,
      "Statement",
      0,
    ]);
    expect(unit(m, "Fn")?.publishes).toEqual(["orders-bus"]);
  });

  it("reads the statements of the function's own IAM role, inline and attached, and a topic in an ARN", () => {
    const m = model({
      "template.yaml": lines(
        'AWSTemplateFormatVersion: "2010-09-09"',
        "Resources:",
        "  Alerts: { Type: AWS::SNS::Topic }",
        "  Audit: { Type: AWS::SNS::Topic, Properties: { TopicName: audit } }",
        "  AuditWriter:",
        "    Type: AWS::IAM::ManagedPolicy",
        "    Properties:",
        "      PolicyDocument: { Statement: [{ Effect: Allow, Action: 'sns:*', Resource: !Ref Audit }] }",
        "  Role:",
        "    Type: AWS::IAM::Role",
        "    Properties:",
        "      ManagedPolicyArns: [!Ref AuditWriter]",
        "      Policies:",
        "        - PolicyName: publish",
        "          PolicyDocument:",
        "            Statement:",
        "              - { Effect: Allow, Action: 'sns:Publish', Resource: !Ref Alerts }",
        "  Extra:",
        "    Type: AWS::IAM::Policy",
        "    Properties:",
        "      Roles: [!Ref Role]",
        "      PolicyDocument:",
        "        Statement:",
        "          - Effect: Allow",
        "            Action: events:Put*",
        "            Resource: !Sub arn:aws:events:${AWS::Region}:${AWS::AccountId}:event-bus/default",
        "  Other:",
        "    Type: AWS::IAM::Role",
        "    Properties:",
        "      Policies:",
        "        - PolicyName: other",
        "          PolicyDocument:",
        "            Statement: [{ Effect: Allow, Action: 'sns:Publish', Resource: 'arn:aws:sns:eu-west-1:1:audit' }]",
        "  Fn:",
        "    Type: AWS::Lambda::Function",
        "    Properties: { Handler: a.b, Runtime: python3.12, Role: !GetAtt Role.Arn }",
      ),
    });
    expect(fn(m, "Fn").publishes).toEqual([
      { kind: "pubsub", name: "Alerts" },
      { kind: "pubsub", name: "audit" },
      { kind: "event-bus", name: "default event bus" },
    ]);
  });

  it("reads SAM policy templates that grant publishing", () => {
    const m = model({
      "template.yaml": lines(
        SAM,
        "Resources:",
        "  Topic: { Type: AWS::SNS::Topic, Properties: { TopicName: shipments } }",
        "  Fn:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        "      Handler: a.b",
        "      Policies:",
        "        - EventBridgePutEventsPolicy: { EventBusName: shop-events }",
        "        - SNSPublishMessagePolicy: { TopicName: !GetAtt Topic.TopicName }",
        "        - DynamoDBCrudPolicy: { TableName: t }",
      ),
    });
    const f = fn(m, "Fn");
    expect(f.publishes).toEqual([
      { kind: "event-bus", name: "shop-events" },
      { kind: "pubsub", name: "shipments" },
    ]);
    expect(f.origins["publishes.1"]?.ref.path).toEqual([
      "Resources",
      "Fn",
      "Properties",
      "Policies",
      1,
      "SNSPublishMessagePolicy",
      "TopicName",
    ]);
  });

  it("reads environment variables that hold a bus's or a topic's address, in Globals too; other variables name nothing", () => {
    const m = model({
      "template.yaml": lines(
        SAM,
        "Parameters:",
        "  EventBusName: { Type: String }",
        "  ExecutionRole: { Type: String }",
        "Globals:",
        "  Function:",
        "    Environment:",
        "      Variables:",
        "        EVENT_BUS_NAME: !Ref EventBusName",
        "        TABLE_NAME: !Ref Table",
        "Resources:",
        "  Table: { Type: AWS::DynamoDB::Table }",
        "  OrdersTopic: { Type: AWS::SNS::Topic }",
        "  Fn:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        "      Handler: a.b",
        "      Role: !Ref ExecutionRole",
        "      Environment:",
        "        Variables:",
        "          TARGET: !Ref OrdersTopic",
        "          LOG_LEVEL: info",
      ),
    });
    expect(fn(m, "Fn").publishes).toEqual([
      { kind: "pubsub", name: "OrdersTopic" },
      { kind: "event-bus", name: "${EventBusName}" },
    ]);
    expect(unit(m, "Fn")?.publishes).toEqual(["OrdersTopic", "EventBus (parameter)"]);
  });

  it("leaves out an address the function has no right to publish to, when all its rights are in the template", () => {
    const m = model({
      "template.yaml": lines(
        SAM,
        "Parameters:",
        "  EventBusName: { Type: 'AWS::SSM::Parameter::Value<String>' }",
        "  MSKTopic: { Type: String, Default: orders }",
        "Globals:",
        "  Function:",
        "    Environment: { Variables: { EVENT_BUS_NAME: !Ref EventBusName, MSK_TOPIC: !Ref MSKTopic } }",
        "Resources:",
        "  Reader:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        "      Handler: a.b",
        "      Policies:",
        "        - arn:aws:iam::aws:policy/CloudWatchLambdaInsightsExecutionRolePolicy",
        "        - DynamoDBReadPolicy: { TableName: orders }",
        "  Writer:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        "      Handler: a.b",
        "      Policies:",
        "        - Statement: [{ Effect: Allow, Action: events:PutEvents, Resource: '*' }]",
        "  FullAccess:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        "      Handler: a.b",
        "      Policies: [AmazonSNSFullAccess]",
      ),
    });
    expect(fn(m, "Reader").publishes).toBeUndefined();
    expect(fn(m, "Writer").publishes).toEqual([{ kind: "event-bus", name: "${EventBusName}" }]);
    expect(fn(m, "FullAccess").publishes).toEqual([
      { kind: "event-bus", name: "${EventBusName}" },
      { kind: "pubsub", name: "orders" },
    ]);
  });

  it("reads SAM connectors that give the function Write to a bus or topic", () => {
    const m = model({
      "template.yaml": lines(
        SAM,
        "Resources:",
        "  Bus: { Type: AWS::Events::EventBus, Properties: { Name: shop } }",
        "  Topic: { Type: AWS::SNS::Topic }",
        "  Fn:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        "      Handler: a.b",
        "      Connectors:",
        "        ToBus: { Properties: { Destination: { Id: Bus }, Permissions: [Write] } }",
        "  ToTopic:",
        "    Type: AWS::Serverless::Connector",
        "    Properties: { Source: { Id: Fn }, Destination: { Id: Topic }, Permissions: [Read, Write] }",
        "  ReadOnly:",
        "    Type: AWS::Serverless::Connector",
        "    Properties: { Source: { Id: Fn }, Destination: { Type: AWS::SNS::Topic, Arn: 'arn:aws:sns:eu-west-1:1:x' }, Permissions: [Read] }",
      ),
    });
    expect(fn(m, "Fn").publishes).toEqual([
      { kind: "pubsub", name: "Topic" },
      { kind: "event-bus", name: "shop" },
    ]);
  });

  it("names nothing from a wildcard resource or a Deny", () => {
    const m = model({
      "template.yaml": lines(
        SAM,
        "Resources:",
        "  Fn:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        "      Handler: a.b",
        "      Policies:",
        "        - Statement:",
        "            - { Effect: Allow, Action: events:PutEvents, Resource: '*' }",
        "            - { Effect: Deny, Action: sns:Publish, Resource: 'arn:aws:sns:eu-west-1:1:t' }",
      ),
    });
    expect(fn(m, "Fn").publishes).toBeUndefined();
  });
});

describe("one bus, one name, on both sides", () => {
  const platform = lines(
    SAM,
    "Parameters:",
    "  Environment: { Type: String, Default: dev }",
    "Resources:",
    "  EventBus:",
    "    Type: AWS::Events::EventBus",
    '    Properties: { Name: !Sub "shop-${Environment}" }',
  );
  const domain = lines(
    SAM,
    "Parameters:",
    "  EventBusArn: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /shop/bus/arn }",
    "  EventBusName: { Type: 'AWS::SSM::Parameter::Value<String>' }",
    "Resources:",
    "  Publisher:",
    "    Type: AWS::Serverless::Function",
    "    Properties:",
    "      Handler: a.b",
    "      Policies:",
    "        - Statement: [{ Effect: Allow, Action: events:PutEvents, Resource: !Ref EventBusArn }]",
    "  Listener:",
    "    Type: AWS::Serverless::Function",
    "    Properties:",
    "      Handler: a.b",
    "      Events:",
    "        Shipped:",
    "          Type: EventBridgeRule",
    "          Properties: { EventBusName: !Ref EventBusName, Pattern: { source: [shop.delivery] } }",
  );

  it("a trigger that names its bus through an unresolved parameter is not the default bus", () => {
    const m = model({ "orders/template.yaml": domain });
    expect(fn(m, "Listener").triggers[0]?.bus).toBe("${EventBusName}");
    expect(unit(m, "Listener")?.buses).toEqual(["EventBus (parameter)"]);
    expect(unit(m, "Publisher")?.publishes).toEqual(["EventBus (parameter)"]);
  });

  it("a bus handed in by parameter is the system's only declared EventBridge bus", () => {
    const m = model({ "platform/template.yaml": platform, "orders/template.yaml": domain });
    expect(unit(m, "Listener")?.buses).toEqual(["shop-dev"]);
    expect(unit(m, "Publisher")?.publishes).toEqual(["shop-dev"]);
  });

  it("with two declared buses, a parameter names the bus", () => {
    const second = platform.replace(
      "EventBus:\n",
      "EventBus:\n    Type: AWS::Events::EventBus\n    Properties: { Name: audit }\n  Main:\n",
    );
    const m = model({ "platform/template.yaml": second, "orders/template.yaml": domain });
    expect(unit(m, "Listener")?.buses).toEqual(["EventBus (parameter)"]);
  });

  it("a rule and a subscription name the bus and topic they read, as publishers do", () => {
    const m = model({
      "template.yaml": lines(
        'AWSTemplateFormatVersion: "2010-09-09"',
        "Resources:",
        "  Bus: { Type: AWS::Events::EventBus, Properties: { Name: orders } }",
        "  Topic: { Type: AWS::SNS::Topic, Properties: { TopicName: alerts } }",
        "  Fn: { Type: AWS::Lambda::Function, Properties: { Handler: a.b, Runtime: python3.12 } }",
        "  Rule:",
        "    Type: AWS::Events::Rule",
        "    Properties:",
        "      EventBusName: !Ref Bus",
        "      EventPattern: { source: [shop] }",
        "      Targets: [{ Id: fn, Arn: !GetAtt Fn.Arn }]",
        "  Sub:",
        "    Type: AWS::SNS::Subscription",
        "    Properties: { Protocol: lambda, TopicArn: !Ref Topic, Endpoint: !GetAtt Fn.Arn }",
        "  DefaultRule:",
        "    Type: AWS::Events::Rule",
        "    Properties:",
        "      EventPattern: { source: [aws.s3] }",
        "      Targets: [{ Id: fn, Arn: !GetAtt Fn.Arn }]",
      ),
    });
    expect(unit(m, "Fn")?.buses).toEqual(["orders", "default event bus", "alerts"]);
  });
});

describe("what a function publishes to (Serverless Framework)", () => {
  it("reads the provider's and the function's statements and environment, and names eventBridge and sns events the same way", () => {
    const m = model({
      "serverless.yml": lines(
        "service: shop",
        "custom: { busName: shop-bus }",
        "provider:",
        "  name: aws",
        "  environment:",
        "    EVENT_BUS: ${self:custom.busName}",
        "  iam:",
        "    role:",
        "      statements:",
        "        - Effect: Allow",
        "          Action: [sns:Publish]",
        "          Resource: !Ref Shipments",
        "functions:",
        "  place:",
        "    handler: a.b",
        "    iamRoleStatements:",
        "      - { Effect: Allow, Action: events:PutEvents, Resource: 'arn:aws:events:eu-west-1:1:event-bus/audit' }",
        "  ship:",
        "    handler: a.b",
        "    events:",
        "      - eventBridge: { eventBus: 'arn:aws:events:eu-west-1:1:event-bus/shop-bus', pattern: { source: [shop] } }",
        "      - sns: { arn: !Ref Shipments, topicName: shipments }",
        "      - eventBridge: { pattern: { source: [aws.s3] } }",
        "resources:",
        "  Resources:",
        "    Shipments: { Type: AWS::SNS::Topic, Properties: { TopicName: shipments } }",
      ),
    });
    expect(fn(m, "place").publishes).toEqual([
      { kind: "pubsub", name: "shipments" },
      { kind: "event-bus", name: "audit" },
      { kind: "event-bus", name: "shop-bus" },
    ]);
    expect(fn(m, "place").origins["publishes.2"]?.ref.path).toEqual(["provider", "environment", "EVENT_BUS"]);
    expect(unit(m, "ship")?.buses).toEqual(["shop-bus", "shipments", "default event bus"]);
    // The shared role lets it publish to the topic; nothing lets it put events on the bus its variable names.
    expect(fn(m, "ship").publishes).toEqual([{ kind: "pubsub", name: "shipments" }]);
  });
});

describe("what a function publishes to (Terraform)", () => {
  it("reads its role's policies and its environment, and names rules and subscriptions the same way", () => {
    const m = model({
      "infra/main.tf": lines(
        'resource "aws_cloudwatch_event_bus" "orders" { name = "orders-bus" }',
        'resource "aws_sns_topic" "alerts" {}',
        'variable "bus" { default = "default" }',
        'data "aws_cloudwatch_event_bus" "default" { name = var.bus }',
        'resource "aws_iam_role" "publisher" { assume_role_policy = "{}" }',
        'resource "aws_iam_role_policy" "publish" {',
        "  role = aws_iam_role.publisher.id",
        "  policy = jsonencode({",
        '    Version = "2012-10-17"',
        "    Statement = [",
        '      { Effect = "Allow", Action = ["events:PutEvents"], Resource = aws_cloudwatch_event_bus.orders.arn },',
        '      { Effect = "Allow", Action = ["events:PutEvents"], Resource = data.aws_cloudwatch_event_bus.default.arn },',
        "    ]",
        "  })",
        "}",
        'resource "aws_lambda_function" "place" {',
        '  function_name = "place"',
        "  role = aws_iam_role.publisher.arn",
        "  environment {",
        "    variables = {",
        "      ALERTS = aws_sns_topic.alerts.arn",
        '      LOG_LEVEL = "info"',
        "    }",
        "  }",
        "}",
        'resource "aws_lambda_function" "ship" { function_name = "ship" }',
        'resource "aws_cloudwatch_event_rule" "placed" {',
        "  event_bus_name = aws_cloudwatch_event_bus.orders.name",
        '  event_pattern = "{}"',
        "}",
        'resource "aws_cloudwatch_event_target" "ship" {',
        "  rule = aws_cloudwatch_event_rule.placed.name",
        "  arn = aws_lambda_function.ship.arn",
        "}",
        'resource "aws_sns_topic_subscription" "ship" {',
        "  topic_arn = aws_sns_topic.alerts.arn",
        '  protocol = "lambda"',
        "  endpoint = aws_lambda_function.ship.arn",
        "}",
      ),
    });
    expect(fn(m, "place").publishes).toEqual([
      { kind: "event-bus", name: "orders-bus" },
      { kind: "event-bus", name: "default event bus" },
      { kind: "pubsub", name: "alerts" },
    ]);
    expect(unit(m, "ship")?.buses).toEqual(["alerts", "orders-bus"]);
    expect(fn(m, "ship").publishes).toBeUndefined();
  });

  it("names a bus handed in by a variable with no default by the variable, not the default bus", () => {
    const m = model({
      "main.tf": lines(
        'variable "event_bus_name" { type = string }',
        'resource "aws_lambda_function" "ship" { function_name = "ship" }',
        'resource "aws_cloudwatch_event_rule" "placed" {',
        "  event_bus_name = var.event_bus_name",
        '  event_pattern = "{}"',
        "}",
        'resource "aws_cloudwatch_event_target" "ship" {',
        "  rule = aws_cloudwatch_event_rule.placed.name",
        "  arn = aws_lambda_function.ship.arn",
        "}",
      ),
    });
    expect(unit(m, "ship")?.buses).toEqual(["event_bus (parameter)"]);
  });
});

describe("Azure Functions and Event Grid", () => {
  it("draws an Event Grid output binding and an Event Grid trigger as one topic, never the default bus", () => {
    const m = model({
      "app/host.json": '{ "version": "2.0" }',
      "app/Publish/function.json": JSON.stringify({
        bindings: [
          { type: "httpTrigger", direction: "in", name: "req" },
          { type: "eventGrid", direction: "out", name: "out", topicEndpointUri: "TopicUri", topicKeySetting: "Key" },
        ],
      }),
      "app/React/function.json": JSON.stringify({
        bindings: [{ type: "eventGridTrigger", direction: "in", name: "event" }],
      }),
    });
    expect(fn(m, "Publish").origins["publishes.0"]?.ref.path).toEqual(["bindings", 1]);
    expect(unit(m, "Publish")?.publishes).toEqual(["Event Grid topic"]);
    expect(unit(m, "React")?.buses).toEqual(["Event Grid topic"]);
  });
});
