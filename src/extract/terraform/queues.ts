import type { QueueEntity } from "../../model/types.js";
import { createEntity, refAt, setField } from "../entity.js";
import { asNumber } from "../values.js";
import { FieldReader, TERRAFORM_FORMAT } from "./fields.js";
import { literal } from "./functions.js";
import type { TerraformModule } from "./module.js";
import { referencesIn } from "./references.js";

export const SQS_DEFAULT_VISIBILITY = 30;

/**
 * The key a trigger's `sourceKey` and a queue's `keys` share: `tf:<module dir>#aws_sqs_queue.name`, the address
 * prefixed by the module call that instantiates it.
 */
export function queueKey(module: TerraformModule, address: string): string {
  return `tf:${module.dir}#${module.prefix}${address}`;
}

/** `aws_sqs_queue` resources, with their visibility timeout (default 30 s) and whether a redrive policy exists. */
export function queues(module: TerraformModule): QueueEntity[] {
  const redriven = new Set(
    module.all("aws_sqs_queue_redrive_policy").flatMap((b) => referencesIn(b.body.queue_url).map((r) => r.address)),
  );
  return module.all("aws_sqs_queue").map((block) => {
    const { body, ref } = block;
    const queue = createEntity<QueueEntity>(
      {
        kind: "queue",
        name: literal(body.name, module) ?? `${module.prefix}${block.address}`,
        platform: "aws-sqs",
        format: TERRAFORM_FORMAT,
        ref,
        qualifier: `${module.prefix}${block.address}`,
      },
      { keys: [queueKey(module, block.address)] },
    );
    const reader = new FieldReader(module, queue);
    if (!reader.read("visibilityTimeout", body, "visibility_timeout_seconds", ref, asNumber)) {
      const note = `visibility_timeout_seconds not set: the SQS default of ${SQS_DEFAULT_VISIBILITY} s applies`;
      setField(queue, "visibilityTimeout", SQS_DEFAULT_VISIBILITY, ref, note);
    }
    const redrive = body.redrive_policy != null && body.redrive_policy !== "";
    setField(queue, "hasRedrive", redrive || redriven.has(block.address), redrive ? refAt(ref, "redrive_policy") : ref);
    return queue;
  });
}
