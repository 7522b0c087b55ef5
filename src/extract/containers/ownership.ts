import { imageBasename, offTheShelfCategory } from "../../knowledge/images.js";
import type { WorkloadEntity } from "../../model/types.js";

type Ownership = Pick<WorkloadEntity, "owned" | "ownedReason" | "component">;

/**
 * A workload is the team's own unless every image it runs is a recognised off-the-shelf one. A build context
 * is positive evidence; a missing one is not evidence against (manifests often live apart from the code).
 */
export function ownershipOf(images: string[], buildContext?: string): Ownership {
  if (buildContext !== undefined) return { owned: true, ownedReason: `build context ${buildContext}` };
  const unrecognised = images.find((image) => !offTheShelfCategory(image));
  if (unrecognised)
    return { owned: true, ownedReason: `image ${unrecognised} is not a recognised off-the-shelf image` };
  const first = images[0];
  if (!first) return { owned: true, ownedReason: "no image named, so not a recognised off-the-shelf image" };
  const component = offTheShelfCategory(first);
  return { owned: false, ownedReason: `${imageBasename(first)} is off-the-shelf (${component})`, component };
}
