import type { Model, WorkloadEntity } from "../model/types.js";
import { selectedWorkloads } from "./exposure.js";
import { UnseenObjects } from "./unseen.js";

/**
 * Which Kubernetes workloads receive requests, read by the probes policy: a readiness probe gates a pod's place
 * among its Services' endpoints, so it matters for pods a Service selects (Ingresses, routes and meshes all
 * send to Services). A load generator, a node agent or a queue worker no Service selects is left alone; when a
 * Helm template beside the workload may declare its Service, whether it receives traffic is unknown (absent).
 */
export function trafficReceivers(model: Model): void {
  const workloads = model.entities.filter((e): e is WorkloadEntity => e.kind === "workload");
  const served = new Set(
    model.entities.filter((e) => e.kind === "service").flatMap((service) => selectedWorkloads(service, workloads)),
  );
  const unseen = new UnseenObjects(model);
  for (const workload of workloads) {
    if (workload.platform !== "kubernetes") continue;
    const receives = served.has(workload) ? true : unseen.mayHide(workload.source.file, "Service") ? undefined : false;
    if (receives === undefined) continue;
    for (const container of workload.containers ?? []) container.receivesTraffic = receives;
  }
}
