import type { Trigger } from "../model/types.js";

/** Hard execution caps in seconds, per platform (the Azure cap is the Consumption plan's). */
export const PLATFORM_TIMEOUT_CAPS: Record<string, number> = {
  "aws-lambda": 900,
  "azure-functions": 600,
  "gcp-functions": 540,
  knative: 3600,
};

export const PLATFORM_LABELS: Record<string, string> = {
  "aws-lambda": "AWS Lambda",
  "azure-functions": "Azure Functions (Consumption plan)",
  "gcp-functions": "Google Cloud Functions (1st gen)",
  knative: "Knative / Cloud Run",
};

/** The gateway that cuts a synchronous HTTP request, keyed as the gateway-limit policy's params are. */
export function gatewayOf(platform: string, trigger: Trigger): string | undefined {
  if (trigger.synchronous === false) return undefined;
  if (platform === "aws-lambda" && trigger.kind === "http-rest") return "api-gateway-rest";
  if (platform === "aws-lambda" && trigger.kind === "http-api") return "api-gateway-http";
  if (platform === "azure-functions" && trigger.kind === "http-other") return "azure-http";
  return undefined;
}

export const GATEWAY_LABELS: Record<string, string> = {
  "api-gateway-rest": "API Gateway REST API",
  "api-gateway-http": "API Gateway HTTP API",
  "azure-http": "Azure Functions HTTP front end",
};

/** Cut-offs in seconds, used to pick the strictest gateway when a function has several. */
export const GATEWAY_TIMEOUTS: Record<string, number> = {
  "api-gateway-rest": 29,
  "api-gateway-http": 30,
  "azure-http": 230,
};
