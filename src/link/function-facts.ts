import type { FunctionEntity, Model } from "../model/types.js";
import { GATEWAY_LABELS, GATEWAY_TIMEOUTS, gatewayOf, PLATFORM_LABELS, PLATFORM_TIMEOUT_CAPS } from "./platforms.js";

/**
 * Facts the timeout policies compare against: the platform's cap, the timeout's share of it, and the strictest
 * gateway in front of the function with the trigger that puts it there.
 */
export function functionFacts(model: Model): void {
  for (const entity of model.entities) {
    if (entity.kind !== "function") continue;
    const fn = entity as FunctionEntity;
    const cap = PLATFORM_TIMEOUT_CAPS[fn.platform];
    if (cap !== undefined) {
      fn.platformLabel = PLATFORM_LABELS[fn.platform];
      fn.platformMaxTimeout = cap;
      if (typeof fn.timeout === "number") fn.timeoutShareOfPlatformMax = fn.timeout / cap;
    }
    let strictest: string | undefined;
    for (const trigger of fn.triggers ?? []) {
      const gateway = gatewayOf(fn.platform, trigger);
      if (gateway && (!strictest || (GATEWAY_TIMEOUTS[gateway] ?? 0) < (GATEWAY_TIMEOUTS[strictest] ?? 0))) {
        strictest = gateway;
      }
    }
    if (strictest) {
      fn.gateway = strictest;
      fn.gatewayLabel = GATEWAY_LABELS[strictest];
    }
  }
}
