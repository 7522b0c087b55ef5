import type { ContainerInfo } from "../../model/types.js";

/** Words for the missing probes, read by the probes policy's message; unknown probes are not called missing. */
export function describeMissingProbes(container: ContainerInfo): void {
  if (container.readinessProbe === false) {
    container.missingProbes =
      container.livenessProbe === false ? "no readiness probe (and no liveness probe either)" : "no readiness probe";
  } else if (container.livenessProbe === false && container.readinessProbe === true) {
    container.missingProbes = "no liveness probe";
  }
}
