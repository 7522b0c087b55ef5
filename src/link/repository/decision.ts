import type { DecisionAnswer, DecisionFramework, RepositoryFacts } from "../../model/repository.js";
import type { Entity, FunctionEntity, SourceRef } from "../../model/types.js";
import type { LinkContext } from "../link.js";

const EVENT_TRIGGERS = new Set(["queue", "stream", "pubsub", "storage", "event-bus"]);
const STEADY_PROVISIONED = 10;
const STEADY_SCHEDULE_MINUTES = 5;
const WIDE_SCALING_RATIO = 3;
const SHORT_TIMEOUT_SECONDS = 300;
const LONG_SHARE_OF_CAP = 0.8;
const SMALL_TEAM = 6;

const declared = (answer: DecisionAnswer["answer"], reason: string): DecisionAnswer => ({
  answer,
  basis: "declared",
  reason,
});
const inferred = (answer: DecisionAnswer["answer"], reason: string): DecisionAnswer => ({
  answer,
  basis: "inferred",
  reason,
});
const unknown = (reason: string): DecisionAnswer => ({ answer: "unknown", basis: "unknown", reason });

interface Signals {
  functions: FunctionEntity[];
  steady: string[];
  variable: string[];
  spikes: string[];
}

function signalsOf(entities: readonly Entity[]): Signals {
  const functions = entities.filter((e): e is FunctionEntity => e.kind === "function" && e.platform !== "knative");
  const steady: string[] = [];
  const variable: string[] = [];
  const spikes: string[] = [];
  for (const fn of functions) {
    if ((fn.provisionedConcurrency ?? 0) >= STEADY_PROVISIONED)
      steady.push(`${fn.name} keeps ${fn.provisionedConcurrency} instances provisioned`);
    for (const trigger of fn.triggers ?? []) {
      const minutes = trigger.intervalMinutes;
      if (typeof minutes === "number" && minutes <= STEADY_SCHEDULE_MINUTES)
        steady.push(`${fn.name} runs every ${minutes} min`);
      if (EVENT_TRIGGERS.has(trigger.kind)) variable.push(`${fn.name} is driven by ${trigger.kind} events`);
    }
  }
  for (const entity of entities) {
    if (entity.kind !== "autoscaler") continue;
    const min = typeof entity.minReplicas === "number" ? entity.minReplicas : 1;
    const max = entity.maxReplicas;
    if (typeof max === "number" && max >= WIDE_SCALING_RATIO * Math.max(min, 1))
      spikes.push(`${entity.name} scales from ${min} to ${max} replicas`);
  }
  return { functions, steady, variable: [...variable, ...spikes], spikes };
}

const first = (list: string[]) => (list.length > 1 ? `${list[0]} (and ${list.length - 1} more)` : (list[0] ?? ""));

/** The guide's four questions, answered from the config where the team declared them, else from the manifests. */
export function decisionFramework(
  entities: readonly Entity[],
  facts: Pick<RepositoryFacts, "iac" | "delivery">,
  context: LinkContext,
): DecisionFramework {
  const { traffic, shortLived } = context.config?.workload ?? {};
  const expertise = context.config?.team?.devopsExpertise;
  const signals = signalsOf(entities);
  return {
    trafficUnpredictable: traffic
      ? declared(traffic === "unpredictable" ? "yes" : "no", `workload.traffic: ${traffic}`)
      : fromSignals(signals.variable, signals.steady),
    suddenSpikes: traffic
      ? declared(traffic === "steady" ? "no" : "yes", `workload.traffic: ${traffic}`)
      : fromSignals(signals.spikes, signals.steady),
    shortLivedWork:
      typeof shortLived === "boolean"
        ? declared(shortLived ? "yes" : "no", `workload.shortLived: ${shortLived}`)
        : shortLivedFrom(entities, signals),
    devopsExpertise:
      typeof expertise === "boolean"
        ? declared(expertise ? "yes" : "no", `team.devopsExpertise: ${expertise}`)
        : expertiseFrom(facts),
  };
}

function fromSignals(yes: string[], no: string[]): DecisionAnswer {
  if (yes.length && !no.length) return inferred("yes", first(yes));
  if (no.length && !yes.length) return inferred("no", `steady load: ${first(no)}`);
  if (yes.length && no.length) return unknown(`mixed signs: ${first(yes)}; ${first(no)}`);
  return unknown("set workload.traffic in .archlint.yml");
}

function shortLivedFrom(entities: readonly Entity[], { functions }: Signals): DecisionAnswer {
  const long = functions.find(
    (fn) => typeof fn.timeoutShareOfPlatformMax === "number" && fn.timeoutShareOfPlatformMax >= LONG_SHARE_OF_CAP,
  );
  if (long) return inferred("no", `${long.name} may run ${long.timeout} s, close to its platform's cap`);
  const timeouts = functions.map((fn) => fn.timeout).filter((t): t is number => typeof t === "number");
  if (timeouts.length && Math.max(...timeouts) <= SHORT_TIMEOUT_SECONDS)
    return inferred("yes", `the longest timeout of ${functions.length} functions is ${Math.max(...timeouts)} s`);
  const jobs = entities.filter((e) => e.kind === "workload" && /^(Job|CronJob)$/.test(String(e.workloadType)));
  if (jobs.length && !entities.some((e) => e.kind === "workload" && !/^(Job|CronJob)$/.test(String(e.workloadType))))
    return inferred(
      "yes",
      `only jobs run: ${jobs
        .map((j) => j.name)
        .slice(0, 3)
        .join(", ")}`,
    );
  return unknown("set workload.shortLived in .archlint.yml");
}

function expertiseFrom({ iac, delivery }: Pick<RepositoryFacts, "iac" | "delivery">): DecisionAnswer {
  const tools = iac.tools.map((t) => t.tool);
  const deploying = delivery.systems.filter((s) => s.deploys).map((s) => s.system);
  if (tools.length && deploying.length)
    return inferred(
      "yes",
      `infrastructure in code (${tools.slice(0, 3).join(", ")}) deployed by ${deploying.join(", ")}`,
    );
  if (!tools.length && !deploying.length && !iac.kubernetes.length)
    return inferred("no", "no infrastructure as code and no deploying pipeline");
  return unknown("set team.devopsExpertise in .archlint.yml");
}

export interface FitMismatch {
  reason: string;
  ref?: SourceRef;
}

/** Where the declared profile and the deployed style contradict each other, by the guide's framework. */
export function fitMismatch(
  decision: DecisionFramework,
  facts: Pick<RepositoryFacts, "ownedServices" | "functions" | "iac" | "team">,
  entities: readonly Entity[],
  context: LinkContext,
): FitMismatch | undefined {
  const configRef = (...path: string[]): SourceRef | undefined =>
    context.anchorFile ? { file: context.anchorFile, doc: 0, path } : undefined;
  const containers = facts.ownedServices.filter((s) => s.type === "container");
  const { trafficUnpredictable: unpredictable, suddenSpikes: spikes, shortLivedWork, devopsExpertise } = decision;
  const basis = (answer: DecisionAnswer) => `${answer.basis}: ${answer.reason}`;

  if (facts.functions.length && !containers.length && unpredictable.answer === "no" && spikes.answer === "no") {
    return {
      reason: `traffic is steady (${basis(spikes)}) yet everything runs as functions (${facts.functions.length}) on per-invocation platforms; the guide's framework favours containers for steady load`,
      ref: spikes.basis === "declared" ? configRef("workload", "traffic") : undefined,
    };
  }
  const autoscaled = entities.some((e) => e.kind === "autoscaler");
  const small = typeof facts.team.size === "number" && facts.team.size < SMALL_TEAM;
  if (
    containers.length &&
    !autoscaled &&
    spikes.answer === "yes" &&
    shortLivedWork.answer === "yes" &&
    (small || devopsExpertise.answer === "no")
  ) {
    return {
      reason: `spiky, short-lived work (${basis(spikes)}) runs on ${containers.length} fixed-replica container services with no autoscaling, run by ${small ? `a team of ${facts.team.size}` : "a team without DevOps expertise"}; the guide's framework favours functions here`,
      ref: spikes.basis === "declared" ? configRef("workload", "traffic") : undefined,
    };
  }
  if (devopsExpertise.basis === "declared" && devopsExpertise.answer === "no" && facts.iac.kubernetes.length) {
    return {
      reason:
        "the team declares no DevOps expertise (team.devopsExpertise: false) yet runs on Kubernetes; the guide's framework favours managed platforms here",
      ref: configRef("team", "devopsExpertise"),
    };
  }
  return undefined;
}
