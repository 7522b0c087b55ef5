import { own } from "../../extract/values.js";
import type { FieldOrigin, FunctionEntity, Model } from "../../model/types.js";
import prices from "./list-prices.json" with { type: "json" };

/** What a function costs a month at its schedule or declared traffic, and what a container serving it would. */
export interface CostEstimate {
  /** USD a month on the function platform. */
  monthly: number;
  /** The platform the function runs on, as its price list names it (`Lambda`). */
  platformLabel: string;
  /** USD a month for the smallest always-on container that could serve the same load. */
  containerMonthly: number;
  monthlyText: string;
  containerMonthlyText: string;
  /** The load the estimate assumes, in words (`every 5 minutes, up to 30 s each at 128 MB`). */
  basis: string;
  /** The container it compares with (`Fargate 0.25 vCPU / 0.5 GB`). */
  containerSize: string;
  /** The date of the list prices (src/link/cost/list-prices.json). */
  pricesAsOf: string;
}

type PlatformPrices = (typeof prices.platforms)["aws-lambda"];

const SECONDS_PER_MONTH = prices.hoursPerMonth * 3600;
const MINUTES_PER_MONTH = prices.hoursPerMonth * 60;

/**
 * The guide's cost comparison (Deep Dive #2), per function whose load the manifest declares: runs of a rate or
 * cron schedule (each as long as its timeout allows, so an upper bound), and provisioned concurrency (the
 * environments kept warm, billed whether busy or not). Functions on platforms without list prices, or without a
 * declared load, get none.
 */
export function functionCosts(model: Model): void {
  for (const entity of model.entities) {
    if (entity.kind !== "function") continue;
    const fn = entity as FunctionEntity;
    const platform = own(prices.platforms, fn.platform);
    const estimate = platform && estimateCost(fn, platform);
    if (!estimate) continue;
    fn.cost = estimate.cost;
    fn.origins.cost = estimate.origin;
  }
}

function estimateCost(
  fn: FunctionEntity,
  platform: PlatformPrices,
): { cost: CostEstimate; origin: FieldOrigin } | undefined {
  const memoryMb = fn.memory ?? platform.defaultMemoryMb;
  const memoryGb = memoryMb / 1024;
  const memoryText = fn.memory === undefined ? `${memoryMb} MB (the default)` : `${memoryMb} MB`;
  let monthly = 0;
  let concurrency = 0;
  const basis: string[] = [];
  let origin: FieldOrigin | undefined;

  if (typeof fn.timeout === "number") {
    fn.triggers.forEach((trigger, index) => {
      const minutes = trigger.intervalMinutes;
      if (trigger.kind !== "schedule" || typeof minutes !== "number" || minutes <= 0) return;
      const runs = MINUTES_PER_MONTH / minutes;
      const seconds = runs * (fn.timeout as number);
      monthly += seconds * memoryGb * platform.perGbSecond + (runs / 1e6) * platform.perMillionRequests;
      concurrency += seconds / SECONDS_PER_MONTH;
      basis.push(`${every(minutes)}, up to its ${fn.timeout} s timeout each at ${memoryText}`);
      origin ??= fn.origins[`triggers.${index}`];
    });
  }
  const provisioned = fn.provisionedConcurrency;
  if (typeof provisioned === "number" && provisioned > 0) {
    monthly += provisioned * memoryGb * SECONDS_PER_MONTH * platform.provisionedPerGbSecond;
    concurrency += provisioned;
    basis.push(`${provisioned} provisioned environments of ${memoryText} kept warm`);
    origin = fn.origins.provisionedConcurrency ?? origin;
  }
  if (basis.length === 0) return undefined;

  const { container } = platform;
  const vcpu = Math.max(container.minVcpu, (concurrency * memoryMb) / platform.memoryMbPerVcpu);
  const gb = Math.max(container.minMemoryGb, memoryGb * Math.max(1, concurrency));
  const containerMonthly = prices.hoursPerMonth * (vcpu * container.perVcpuHour + gb * container.perGbHour);
  return {
    cost: {
      monthly: twoDecimals(monthly),
      platformLabel: platform.label,
      containerMonthly: twoDecimals(containerMonthly),
      monthlyText: dollars(monthly),
      containerMonthlyText: dollars(containerMonthly),
      basis: basis.join("; "),
      containerSize: `${container.label} ${twoDecimals(vcpu)} vCPU / ${twoDecimals(gb)} GB`,
      pricesAsOf: prices.pricesAsOf,
    },
    origin: origin ?? { ref: fn.ref },
  };
}

function every(minutes: number): string {
  if (minutes === 1) return "every minute";
  if (minutes % 1440 === 0) return minutes === 1440 ? "every day" : `every ${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? "every hour" : `every ${minutes / 60} hours`;
  return `every ${minutes} minutes`;
}

const twoDecimals = (value: number) => Math.round(value * 100) / 100;
const dollars = (value: number) => `$${value.toFixed(2)}`;
