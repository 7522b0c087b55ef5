import { offTheShelfCategory } from "../../knowledge/images.js";
import type { ContainerInfo, SourceRef, WorkloadEntity } from "../../model/types.js";
import { connectionHosts } from "../containers/connections.js";
import { databaseFromEnv, type EnvVar } from "../containers/database.js";
import { describeMissingProbes } from "../containers/probes.js";
import { recordOrigin, refAt, setField } from "../entity.js";
import { asString, type Dict, isDict } from "../values.js";

/** Containers of a pod spec, each with its origin (`containers.N`), requests and probes; also the database and `hostNetwork`. */
export function readPodSpec(workload: WorkloadEntity, podSpec: Dict, podSpecRef: SourceRef, longRunning: boolean) {
  const containers = Array.isArray(podSpec.containers) ? podSpec.containers : [];
  const env: EnvVar[] = [];
  containers.forEach((container, index) => {
    if (!isDict(container)) return;
    const ref = refAt(podSpecRef, "containers", index);
    const field = `containers.${workload.containers.length}`;
    const info: ContainerInfo = {
      name: asString(container.name) ?? `container-${index}`,
      readinessProbe: isDict(container.readinessProbe),
      livenessProbe: isDict(container.livenessProbe),
      requests: {},
      longRunning,
    };
    describeMissingProbes(info);
    const image = asString(container.image);
    if (image) info.image = image;
    recordOrigin(workload, field, { ref });
    readRequests(workload, info, container, ref, field);
    workload.containers.push(info);
    env.push(...envOf(container, ref));
  });
  if (podSpec.hostNetwork === true) setField(workload, "hostNetwork", true, refAt(podSpecRef, "hostNetwork"));
  workload.images = workload.containers.flatMap((c) => (c.image ? [c.image] : []));
  markSidecars(workload.containers);
  const database = databaseFromEnv(env);
  if (database) setField(workload, "database", database.database, database.ref);
  const connections = connectionHosts(env);
  if (connections.length) workload.connections = connections;
  const host = env.find((entry) => FUNCTIONS_HOST_SETTINGS.has(entry.name));
  if (host) setField(workload, "functionsHost", true, host.ref);
}

/** Settings only the Azure Functions host reads: the container runs a Function App. */
const FUNCTIONS_HOST_SETTINGS = new Set(["FUNCTIONS_EXTENSION_VERSION", "FUNCTIONS_WORKER_RUNTIME"]);

/** Pod readiness is the conjunction of its containers': an off-the-shelf helper need not gate it itself. */
function markSidecars(containers: ContainerInfo[]) {
  const probed = containers.some((c) => c.readinessProbe && !(c.image && offTheShelfCategory(c.image)));
  if (!probed) return;
  for (const container of containers) {
    if (container.image && offTheShelfCategory(container.image)) container.sidecar = true;
  }
}

/** `resources.requests`, else `resources.limits`: Kubernetes sets a missing request to its limit. */
function readRequests(workload: WorkloadEntity, info: ContainerInfo, container: Dict, ref: SourceRef, field: string) {
  const resources = isDict(container.resources) ? container.resources : {};
  const requests = isDict(resources.requests) ? resources.requests : {};
  const limits = isDict(resources.limits) ? resources.limits : {};
  for (const resource of ["cpu", "memory"] as const) {
    const requested = asString(requests[resource]);
    const limited = asString(limits[resource]);
    if (requested !== undefined) {
      info.requests[resource] = requested;
      recordOrigin(workload, `${field}.requests.${resource}`, { ref: refAt(ref, "resources", "requests", resource) });
    } else if (limited !== undefined) {
      info.requests[resource] = limited;
      recordOrigin(workload, `${field}.requests.${resource}`, {
        ref: refAt(ref, "resources", "limits", resource),
        note: `no ${resource} request: Kubernetes uses the limit as the request`,
      });
    }
  }
}

function envOf(container: Dict, ref: SourceRef): EnvVar[] {
  if (!Array.isArray(container.env)) return [];
  return container.env.flatMap((entry, index) => {
    if (!isDict(entry) || typeof entry.name !== "string") return [];
    const value = asString(entry.value);
    return [{ name: entry.name, ...(value !== undefined ? { value } : {}), ref: refAt(ref, "env", index) }];
  });
}
