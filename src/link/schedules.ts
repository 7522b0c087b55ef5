import { own } from "../extract/values.js";
import type { FunctionEntity, Model } from "../model/types.js";

const UNIT_MINUTES: Record<string, number> = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 };

/** Rate and cron schedule expressions (every 5 minutes, say) become `intervalMinutes` on their trigger. */
export function scheduleIntervals(model: Model): void {
  for (const entity of model.entities) {
    if (entity.kind !== "function") continue;
    for (const trigger of (entity as FunctionEntity).triggers) {
      if (trigger.kind !== "schedule" || typeof trigger.schedule !== "string") continue;
      const minutes = intervalMinutes(trigger.schedule);
      if (minutes !== undefined) trigger.intervalMinutes = minutes;
    }
  }
}

export function intervalMinutes(expression: string): number | undefined {
  const rate = /^\s*rate\(\s*(\d+)\s+([a-z]+)\s*\)\s*$/i.exec(expression);
  if (rate) {
    const unit = own(UNIT_MINUTES, (rate[2] as string).toLowerCase());
    return unit === undefined ? undefined : Number(rate[1]) * unit;
  }
  const cron = /^\s*(?:cron\()?\s*(\S+)\s+(\S+)\s+\S+\s+\S+\s+\S+(?:\s+\S+)?\s*\)?\s*$/i.exec(
    withoutNcrontabSeconds(expression),
  );
  if (!cron) return undefined;
  const [, minute = "", hour = ""] = cron;
  if (hour !== "*" && hour !== "*/1") return undefined;
  if (minute === "*") return 1;
  const step = /^(?:\*|0)\/(\d+)$/.exec(minute);
  return step ? Number(step[1]) : 60;
}

/** Azure's NCRONTAB has six fields, seconds first; AWS's six-field cron is wrapped in `cron()`. */
function withoutNcrontabSeconds(expression: string): string {
  const fields = expression.trim().split(/\s+/);
  return fields.length === 6 && !expression.includes("(") ? fields.slice(1).join(" ") : expression;
}
