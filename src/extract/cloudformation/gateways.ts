import type { Trigger, TriggerKind } from "../../model/types.js";
import { createEntity, recordOrigin } from "../entity.js";
import { own, valueAt } from "../values.js";
import { functionFor, numberAt, type Resource, resourcesOf, type StackFunction, type Template } from "./template.js";

const GATEWAY_TYPES: Record<string, string> = {
  "AWS::ApiGateway::RestApi": "REST",
  "AWS::Serverless::Api": "REST",
  "AWS::ApiGatewayV2::Api": "HTTP",
  "AWS::Serverless::HttpApi": "HTTP",
};

/**
 * API Gateway resources: each REST or HTTP API is a gateway entity, and each Lambda integration (REST
 * `AWS::ApiGateway::Method`, v2 `AWS::ApiGatewayV2::Integration`) is a synchronous HTTP trigger on the function
 * its URI names, with the integration's own timeout when it sets one.
 */
export function joinGateways(template: Template, functions: StackFunction[]): void {
  for (const resource of resourcesOf(template, ...Object.keys(GATEWAY_TYPES))) {
    const protocol = valueAt(resource.properties, ["ProtocolType"]) ?? own(GATEWAY_TYPES, resource.type);
    const gateway = createEntity(
      { kind: "gateway", name: resource.id, platform: "aws-api-gateway", format: template.format, ref: resource.ref() },
      { gatewayKind: resource.type, protocol },
    );
    template.sink.entity(gateway);
  }
  for (const resource of resourcesOf(template, "AWS::ApiGateway::Method")) {
    const integration = valueAt(resource.properties, ["Integration"]);
    const fn = functionFor(template, functions, valueAt(integration, ["Uri"]));
    if (fn) addIntegration(template, fn, resource, "http-rest", ["Integration", "TimeoutInMillis"]);
  }
  for (const resource of resourcesOf(template, "AWS::ApiGatewayV2::Integration")) {
    const fn = functionFor(template, functions, resource.properties.IntegrationUri);
    if (fn) addIntegration(template, fn, resource, v2Kind(template, resource), ["TimeoutInMillis"]);
  }
}

function addIntegration(
  template: Template,
  fn: StackFunction,
  resource: Resource,
  kind: TriggerKind,
  timeoutPath: string[],
): void {
  const trigger: Trigger = { kind, type: resource.type, synchronous: true };
  const millis = numberAt(template, resource.properties, timeoutPath);
  if (millis !== undefined) {
    trigger.integrationTimeout = integrationCutoff(template, millis, kind, resource.properties.RestApiId);
  }
  recordOrigin(fn.entity, `triggers.${fn.entity.triggers.length}`, { ref: resource.ref() });
  fn.entity.triggers.push(trigger);
}

/** A v2 integration belongs to an HTTP API unless its API is a WebSocket one. */
function v2Kind(template: Template, resource: Resource): TriggerKind {
  const [apiId] = template.intrinsics.references(resource.properties.ApiId);
  const protocol = apiId ? valueAt(template.resources, [apiId, "Properties", "ProtocolType"]) : undefined;
  return protocol === "WEBSOCKET" ? "http-other" : "http-api";
}

/** The defaults the gateways cut at; a REST API may raise its own, an HTTP API may not. */
const REST_DEFAULT_CUTOFF = 29;
const HTTP_API_MAX_CUTOFF = 30;

/**
 * The cut-off an integration's `TimeoutInMillis` gives. HTTP APIs allow at most 30 s. REST APIs allow more than
 * 29 s only for Regional and private endpoints (an account quota raise, since June 2024): edge-optimized APIs,
 * the default for `AWS::ApiGateway::RestApi` and SAM's implicit API, stay at 29 s whatever the integration says.
 */
export function integrationCutoff(template: Template, millis: number, kind: TriggerKind, restApi: unknown): number {
  const seconds = millis / 1000;
  if (kind === "http-api") return Math.min(seconds, HTTP_API_MAX_CUTOFF);
  if (kind !== "http-rest" || seconds <= REST_DEFAULT_CUTOFF) return seconds;
  const [apiId] = restApi === undefined ? [] : template.intrinsics.references(restApi);
  const endpoint = apiId ? endpointTypes(template, apiId) : [];
  return endpoint.some((type) => type === "REGIONAL" || type === "PRIVATE") ? seconds : REST_DEFAULT_CUTOFF;
}

/** `EndpointConfiguration` of a REST API: `{ Types: [...] }` (CloudFormation), a string or `{ Type }` (SAM). */
function endpointTypes(template: Template, apiId: string): string[] {
  const configuration = valueAt(template.resources, [apiId, "Properties", "EndpointConfiguration"]);
  const resolved = template.intrinsics.resolve(configuration);
  if (typeof resolved === "string") return [resolved];
  const types = valueAt(resolved, ["Types"]) ?? valueAt(resolved, ["Type"]);
  return (Array.isArray(types) ? types : [types]).map((type) => String(template.intrinsics.resolve(type)));
}
