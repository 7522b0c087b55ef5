import type { QueueEntity } from "../../model/types.js";
import { createEntity, markUnresolved, setField } from "../entity.js";
import { asNumber, UNRESOLVED } from "../values.js";
import { assign, resourcesOf, type Template } from "./template.js";

export const SQS_DEFAULT_VISIBILITY_TIMEOUT = 30;

/** `AWS::SQS::Queue`: visibility timeout (SQS default when unset), redrive policy, and the keys triggers join on. */
export function extractQueues(template: Template): void {
  for (const resource of resourcesOf(template, "AWS::SQS::Queue")) {
    const { properties } = resource;
    const keys = [`cfn:${template.file}#${resource.id}`];
    const queueName =
      properties.QueueName === undefined ? undefined : template.intrinsics.resolve(properties.QueueName);
    if (typeof queueName === "string") keys.push(`sqs:${queueName}`);
    const queue = createEntity<QueueEntity>(
      { kind: "queue", name: resource.id, platform: "aws-sqs", format: template.format, ref: resource.ref() },
      { keys },
    );
    if (properties.VisibilityTimeout === undefined) {
      const note = `VisibilityTimeout not set: the SQS default of ${SQS_DEFAULT_VISIBILITY_TIMEOUT} s applies`;
      setField(queue, "visibilityTimeout", SQS_DEFAULT_VISIBILITY_TIMEOUT, resource.ref(), note);
    } else {
      assign(
        template,
        queue,
        "visibilityTimeout",
        properties.VisibilityTimeout,
        resource.ref("VisibilityTimeout"),
        asNumber,
      );
    }
    const redrive = properties.RedrivePolicy;
    if (redrive === undefined) setField(queue, "hasRedrive", false, resource.ref());
    else if (template.intrinsics.resolve(redrive) === UNRESOLVED)
      markUnresolved(queue, "hasRedrive", resource.ref("RedrivePolicy"));
    else setField(queue, "hasRedrive", true, resource.ref("RedrivePolicy"));
    template.sink.entity(queue);
  }
}
