import type { SourceRef, Trigger, TriggerKind } from "../../model/types.js";
import { createEntity, recordOrigin } from "../entity.js";
import { type Dict, isDict, own, valueAt } from "../values.js";
import { definitionSource, type OpenApiIntegration, openApiIntegrations } from "./openapi.js";
import { functionFor, numberOf, type Resource, resourcesOf, type StackFunction, type Template } from "./template.js";

const GATEWAY_TYPES: Record<string, string> = {
  "AWS::ApiGateway::RestApi": "REST",
  "AWS::Serverless::Api": "REST",
  "AWS::ApiGatewayV2::Api": "HTTP",
  "AWS::Serverless::HttpApi": "HTTP",
};

const PROTOCOL_TRIGGERS: Record<string, TriggerKind> = { REST: "http-rest", HTTP: "http-api", WEBSOCKET: "http-other" };

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
    const kind = own(PROTOCOL_TRIGGERS, String(protocol));
    if (kind) joinDefinition(template, functions, resource, kind);
  }
  for (const resource of resourcesOf(template, "AWS::ApiGateway::Method")) {
    const integration = resource.properties.Integration;
    const fn = isDict(integration) ? functionFor(template, functions, integration.Uri) : undefined;
    const restApi = resource.properties.RestApiId;
    if (fn && isDict(integration))
      wire(
        template,
        fn,
        integration,
        { kind: "http-rest", type: resource.type, restApi, api: restApi },
        resource.ref(),
      );
  }
  for (const resource of resourcesOf(template, "AWS::ApiGatewayV2::Integration")) {
    const fn = functionFor(template, functions, resource.properties.IntegrationUri);
    const kind = v2Kind(template, resource);
    const api = resource.properties.ApiId;
    if (fn)
      wire(template, fn, resource.properties, { kind, type: resource.type, restApi: undefined, api }, resource.ref());
  }
}

/**
 * The functions an API's OpenAPI definition calls (`x-amazon-apigateway-integration` with a Lambda `uri`), inline
 * or in a local file the template includes, which is read at the end of the scan.
 */
function joinDefinition(template: Template, functions: StackFunction[], api: Resource, kind: TriggerKind): void {
  const source = definitionSource(api.properties, template.file);
  if (!source) return;
  const gateway = { kind, type: "x-amazon-apigateway-integration", restApi: { Ref: api.id }, api: { Ref: api.id } };
  const attach = (integrations: OpenApiIntegration[]) => {
    for (const { settings, ref } of integrations) {
      const fn = functionFor(template, functions, settings.uri);
      if (fn) wire(template, fn, settings, gateway, ref);
    }
  };
  if ("inline" in source) attach(openApiIntegrations(source.inline, (...path) => api.ref(source.path, ...path)));
  else template.openApi?.request(source.file, attach);
}

interface Gateway {
  kind: TriggerKind;
  type: string;
  /** The REST API the integration belongs to, whose endpoint type decides whether its cut-off may be raised. */
  restApi: unknown;
  /** The API (REST or HTTP) the integration belongs to, as the template references it. */
  api: unknown;
}

/** A REST integration that streams its response may run up to 15 minutes (`responseTransferMode: STREAM`). */
const STREAMED_RESPONSE_MAX_CUTOFF = 900;

/**
 * An integration's settings (CloudFormation's `TimeoutInMillis`, OpenAPI's `timeoutInMillis`) as a trigger: an
 * `Event` invocation is asynchronous (the API answers at once), a streamed response has its own limit, and a
 * trigger the function already has (an API event and its definition) is not added twice.
 */
function wire(template: Template, fn: StackFunction, settings: Dict, gateway: Gateway, ref: SourceRef): void {
  const { kind, type, restApi } = gateway;
  const invocationType = valueAt(setting(settings, "requestParameters"), [INVOCATION_TYPE_HEADER]);
  const trigger: Trigger =
    invocationType === "'Event'" ? { kind: "other", type, synchronous: false } : { kind, type, synchronous: true };
  const api = declaredApi(template, gateway.api);
  if (trigger.synchronous && api) trigger.api = api;
  const millis = numberOf(template, setting(settings, "timeoutInMillis"));
  if (trigger.synchronous && setting(settings, "responseTransferMode") === "STREAM") {
    trigger.integrationTimeout = Math.min((millis ?? Number.POSITIVE_INFINITY) / 1000, STREAMED_RESPONSE_MAX_CUTOFF);
  } else if (trigger.synchronous && millis !== undefined) {
    trigger.integrationTimeout = integrationCutoff(template, millis, kind, restApi);
  }
  const same = fn.entity.triggers.some(
    (t) =>
      t.kind === trigger.kind &&
      t.synchronous === trigger.synchronous &&
      t.integrationTimeout === trigger.integrationTimeout,
  );
  if (same) return;
  recordOrigin(fn.entity, `triggers.${fn.entity.triggers.length}`, { ref });
  fn.entity.triggers.push(trigger);
}

const INVOCATION_TYPE_HEADER = "integration.request.header.X-Amz-Invocation-Type";

/** A setting by its OpenAPI name (`timeoutInMillis`) or its CloudFormation one (`TimeoutInMillis`). */
function setting(settings: Dict, name: string): unknown {
  return settings[name] ?? settings[name.charAt(0).toUpperCase() + name.slice(1)];
}

/** A v2 integration belongs to an HTTP API unless its API is a WebSocket one. */
function v2Kind(template: Template, resource: Resource): TriggerKind {
  const [apiId] = template.intrinsics.references(resource.properties.ApiId);
  const protocol = apiId ? valueAt(template.resources, [apiId, "Properties", "ProtocolType"]) : undefined;
  return protocol === "WEBSOCKET" ? "http-other" : "http-api";
}

/** The logical id of the API a `RestApiId` / `ApiId` references, when this template declares it. */
export function declaredApi(template: Template, reference: unknown): string | undefined {
  const [id] = reference === undefined ? [] : template.intrinsics.references(reference);
  return id !== undefined && isDict(template.resources[id]) ? id : undefined;
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
