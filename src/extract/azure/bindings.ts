import type { Trigger, TriggerKind } from "../../model/types.js";
import { asString, type Dict, own } from "../values.js";

/** function.json trigger binding types and the trigger kind each one is. */
const TRIGGER_KINDS: Record<string, TriggerKind> = {
  httptrigger: "http-other",
  queuetrigger: "queue",
  servicebustrigger: "queue",
  rabbitmqtrigger: "queue",
  eventhubtrigger: "stream",
  cosmosdbtrigger: "stream",
  kafkatrigger: "stream",
  timertrigger: "schedule",
  blobtrigger: "storage",
  eventgridtrigger: "event-bus",
};

/** The binding that triggers a function (`direction: in`, a type ending in `Trigger`), as a trigger. */
export function bindingTrigger(binding: Dict): Trigger | undefined {
  const type = asString(binding.type);
  if (!type || !/trigger$/i.test(type)) return undefined;
  const kind = own(TRIGGER_KINDS, type.toLowerCase()) ?? "other";
  const trigger: Trigger = { kind, type };
  if (kind === "http-other") trigger.synchronous = true;
  const schedule = asString(binding.schedule);
  if (kind === "schedule" && schedule) trigger.schedule = schedule;
  const source =
    binding.queueName ?? binding.topicName ?? binding.eventHubName ?? binding.path ?? binding.collectionName;
  if (typeof source === "string") trigger.source = source;
  return trigger;
}

/** `hh:mm:ss` or `d.hh:mm:ss` (a .NET TimeSpan) in seconds; undefined for `-1` (unbounded) and anything else. */
export function timeSpanSeconds(value: unknown): number | undefined {
  const match = /^\s*(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?\s*$/.exec(asString(value) ?? "");
  if (!match) return undefined;
  const [, days = "0", hours = "0", minutes = "0", seconds = "0"] = match;
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
}
