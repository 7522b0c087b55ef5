import { hasPlaceholder, imageBasename, imageRepository, serviceKey } from "../knowledge/images.js";
import type { Model, WorkloadEntity } from "../model/types.js";

/** A version or release marker after a service's name (`reviews-v2`, `payment-canary`). */
const RELEASE_SUFFIX = /[-_](v\d+|canary|stable|blue|green|primary|baseline)$/;

/**
 * A Kubernetes workload's service key comes from its `app` label. When workloads of one deployment variant share
 * that label but are different components (`teastore-db`, `teastore-registry`, `teastore-webui`, all `app:
 * teastore`), the label names the application, not a service: each is keyed by its own name. Versions of one
 * service (`reviews-v1`, `reviews-v2`, both `app: reviews`) keep the shared key.
 */
export function distinctServiceKeys(model: Model): void {
  const groups = new Map<string, WorkloadEntity[]>();
  for (const entity of model.entities) {
    if (entity.kind !== "workload" || entity.platform === "compose") continue;
    const workload = entity as WorkloadEntity;
    const scope = `${String(workload.serviceKey)}\u0000${(workload.variants as string[] | undefined)?.[0] ?? workload.source.file}`;
    groups.set(scope, [...(groups.get(scope) ?? []), workload]);
  }
  for (const members of groups.values()) {
    const components = new Set(members.map((w) => w.name.replace(RELEASE_SUFFIX, "")));
    if (components.size < 2) continue;
    for (const workload of members) workload.serviceKey = serviceKey(workload.name);
  }
}

/**
 * Workloads that run the same image of the team's own are one service, whatever each format names it (compose's
 * `registry` and Kubernetes' `teastore-registry`, both `acme/teastore-registry`): they share the key of the
 * one named like the image, else of the first. Only the first container's image counts (sidecars are shared).
 */
export function sameImageSameService(model: Model): void {
  const byImage = new Map<string, WorkloadEntity[]>();
  for (const entity of model.entities) {
    if (entity.kind !== "workload" || entity.owned === false) continue;
    const workload = entity as WorkloadEntity;
    const image = workload.images[0];
    if (!image || hasPlaceholder(image)) continue;
    const repository = imageRepository(image);
    byImage.set(repository, [...(byImage.get(repository) ?? []), workload]);
  }
  for (const [repository, members] of byImage) {
    const named = serviceKey(imageBasename(repository));
    const key = members.find((w) => w.serviceKey === named)?.serviceKey ?? members[0]?.serviceKey;
    if (key) for (const workload of members) workload.serviceKey = key;
  }
}
