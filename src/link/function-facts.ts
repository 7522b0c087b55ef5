import type { FunctionEntity, Model } from "../model/types.js";
import { GATEWAYS, gatewayOf, timeoutCap } from "./platforms.js";

/**
 * Facts the timeout policies compare against, from src/knowledge/platform-facts.json: the platform's cap
 * (`platformMaxTimeout`; an extractor that knows a more specific one, a hosting plan's, sets it and link keeps
 * it), the timeout's share of it, and the strictest gateway in front of the function with its cut-off
 * (`gatewayTimeout`: the integration's own when it sets one, see docs/aws-serverless.md, else the gateway's).
 */
export function functionFacts(model: Model): void {
  for (const entity of model.entities) {
    if (entity.kind !== "function") continue;
    const fn = entity as FunctionEntity;
    if (typeof fn.platformMaxTimeout !== "number") {
      const cap = timeoutCap(fn.platform, typeof fn.plan === "string" ? fn.plan : undefined);
      if (cap?.maxTimeout) {
        fn.platformMaxTimeout = cap.maxTimeout;
        fn.platformLabel = cap.label;
      }
    }
    if (typeof fn.platformMaxTimeout === "number") {
      fn.platformLabel ??=
        timeoutCap(fn.platform, typeof fn.plan === "string" ? fn.plan : undefined)?.label ?? fn.platform;
      if (typeof fn.timeout === "number") fn.timeoutShareOfPlatformMax = fn.timeout / fn.platformMaxTimeout;
    }
    let strictest: { gateway: string; cutoff: number; custom: boolean } | undefined;
    for (const trigger of fn.triggers ?? []) {
      const gateway = gatewayOf(fn.platform, trigger);
      if (!gateway) continue;
      const custom = typeof trigger.integrationTimeout === "number";
      const cutoff = custom ? (trigger.integrationTimeout as number) : (GATEWAYS[gateway]?.timeout ?? 0);
      if (!strictest || cutoff < strictest.cutoff) strictest = { gateway, cutoff, custom };
    }
    if (strictest) {
      fn.gateway = strictest.gateway;
      fn.gatewayLabel = GATEWAYS[strictest.gateway]?.label;
      fn.gatewayTimeout = strictest.cutoff;
      if (strictest.custom) fn.gatewayIntegrationTimeout = strictest.cutoff;
    }
  }
}
