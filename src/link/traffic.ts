import { posix } from "node:path";
import type { Model, WorkloadEntity } from "../model/types.js";
import { WorkloadSelection } from "./selection.js";
import { UnseenObjects } from "./unseen.js";

/**
 * Which Kubernetes workloads receive requests, read by the probes policy: a readiness probe gates a pod's place
 * among its Services' endpoints, so it matters for pods a Service selects (Ingresses, routes and meshes all
 * send to Services). Where the scan declares Services, a pod none of them selects (a load generator, a node
 * agent, a queue worker) receives none. Where it declares no Service at all, or a Helm template beside the
 * workload may declare its Service while its own folder declares none, the answer is unknown (absent) and the
 * pod is judged as one that may.
 */
export function trafficReceivers(model: Model): void {
  const services = model.entities.filter((e) => e.kind === "service" && e.platform === "kubernetes");
  if (services.length === 0) return;
  const workloads = model.entities.filter((e): e is WorkloadEntity => e.kind === "workload");
  const selection = new WorkloadSelection(workloads);
  const served = new Set(services.flatMap((service) => selection.of(service)));
  const foldersWithServices = new Set(services.map((service) => posix.dirname(service.source.file)));
  const unseen = new UnseenObjects(model);
  const mayBeServedUnseen = (file: string) =>
    !foldersWithServices.has(posix.dirname(file)) && unseen.mayHide(file, "Service");
  for (const workload of workloads) {
    if (workload.platform !== "kubernetes") continue;
    const receives = served.has(workload) ? true : mayBeServedUnseen(workload.source.file) ? undefined : false;
    if (receives === undefined) continue;
    for (const container of workload.containers ?? []) container.receivesTraffic = receives;
  }
}
