import type { Entity, FunctionEntity, Model, QueueEntity } from "../model/types.js";

/**
 * Joins each queue trigger to the queue it reads (through `sourceKey` and the queue's `keys`), so policies see
 * the queue's visibility timeout and redrive next to the function's timeout.
 */
export function joinQueues(model: Model): void {
  const queues = new Map<string, QueueEntity>();
  for (const entity of model.entities) {
    if (entity.kind === "queue")
      for (const key of (entity as QueueEntity).keys ?? []) queues.set(key, entity as QueueEntity);
  }
  if (queues.size === 0) return;
  for (const entity of model.entities) {
    if (entity.kind !== "function") continue;
    const fn = entity as FunctionEntity;
    fn.triggers.forEach((trigger, index) => {
      const queue = trigger.sourceKey ? queues.get(trigger.sourceKey) : undefined;
      if (!queue) return;
      trigger.queue = queueFacts(queue, fn);
      const origin = queue.origins.visibilityTimeout ?? { ref: queue.ref };
      fn.origins[`triggers.${index}.queue`] = origin;
    });
  }
}

function queueFacts(queue: QueueEntity, fn: FunctionEntity): Entity["queue"] {
  const facts: Record<string, unknown> = { name: queue.name };
  if (!queue.unresolved?.includes("hasRedrive")) facts.hasRedrive = queue.hasRedrive === true;
  if (typeof queue.visibilityTimeout === "number") {
    facts.visibilityTimeout = queue.visibilityTimeout;
    if (typeof fn.timeout === "number" && fn.timeout > 0)
      facts.visibilityToTimeoutRatio = queue.visibilityTimeout / fn.timeout;
  }
  return facts;
}
