import { own } from "../extract/values.js";
import type { FunctionEntity, Model } from "../model/types.js";
import { GATEWAY_LABELS, GATEWAY_TIMEOUTS, gatewayOf, PLATFORM_LABELS, PLATFORM_TIMEOUT_CAPS } from "./platforms.js";

/**
 * Facts the timeout policies compare against: the platform's cap, the timeout's share of it, and the strictest
 * gateway in front of the function; `gatewayIntegrationTimeout` when that gateway's integration sets its own
 * cut-off (adapters give it already capped where AWS caps it, see docs/aws-serverless.md).
 */
export function functionFacts(model: Model): void {
  for (const entity of model.entities) {
    if (entity.kind !== "function") continue;
    const fn = entity as FunctionEntity;
    // An adapter that knows the cap sets it (Azure: the Consumption plan's, from its plan data); Premium and
    // Dedicated have none.
    const uncapped = fn.platform === "azure-functions" && fn.plan !== undefined && fn.plan !== "consumption";
    const known = typeof fn.platformMaxTimeout === "number" ? fn.platformMaxTimeout : undefined;
    const cap = known ?? (uncapped ? undefined : own(PLATFORM_TIMEOUT_CAPS, fn.platform));
    if (cap !== undefined) {
      fn.platformLabel = own(PLATFORM_LABELS, fn.platform);
      fn.platformMaxTimeout = cap;
      if (typeof fn.timeout === "number") fn.timeoutShareOfPlatformMax = fn.timeout / cap;
    }
    let strictest: { gateway: string; cutoff: number; custom: boolean } | undefined;
    for (const trigger of fn.triggers ?? []) {
      const gateway = gatewayOf(fn.platform, trigger);
      if (!gateway) continue;
      const custom = typeof trigger.integrationTimeout === "number";
      const cutoff = custom ? (trigger.integrationTimeout as number) : (GATEWAY_TIMEOUTS[gateway] ?? 0);
      if (!strictest || cutoff < strictest.cutoff) strictest = { gateway, cutoff, custom };
    }
    if (strictest) {
      fn.gateway = strictest.gateway;
      fn.gatewayLabel = GATEWAY_LABELS[strictest.gateway];
      if (strictest.custom) fn.gatewayIntegrationTimeout = strictest.cutoff;
    }
  }
}
