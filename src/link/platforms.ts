import facts from "../knowledge/platform-facts.json" with { type: "json" };
import type { Trigger } from "../model/types.js";

interface TimeoutCap {
  label: string;
  /** Seconds; null when the platform (or plan) sets none. */
  maxTimeout: number | null;
}

interface PlatformFacts extends TimeoutCap {
  /** Hosting plans with a cap of their own; the platform's applies when the plan is unknown. */
  plans?: Record<string, TimeoutCap>;
}

const PLATFORMS: Record<string, PlatformFacts> = facts.platforms;
export const GATEWAYS: Record<string, { label: string; timeout: number }> = facts.gateways;

/** The execution cap of a platform, or of its hosting plan when the plan is known and has its own. */
export function timeoutCap(platform: string, plan?: string): TimeoutCap | undefined {
  const facts = Object.hasOwn(PLATFORMS, platform) ? PLATFORMS[platform] : undefined;
  const byPlan = plan && facts?.plans && Object.hasOwn(facts.plans, plan) ? facts.plans[plan] : undefined;
  return byPlan ?? facts;
}

/** The gateway that cuts a synchronous HTTP request (a key of platform-facts.json's `gateways`). */
export function gatewayOf(platform: string, trigger: Trigger): string | undefined {
  if (trigger.synchronous === false) return undefined;
  if (platform === "aws-lambda" && trigger.kind === "http-rest") return "api-gateway-rest";
  if (platform === "aws-lambda" && trigger.kind === "http-api") return "api-gateway-http";
  if (platform === "azure-functions" && trigger.kind === "http-other") return "azure-http";
  return undefined;
}
