import type { ArchitectureStyle, OwnedService } from "../../model/repository.js";

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/**
 * The system's style, from what the team owns: Function Apps and stacks of functions (Knative services too, which
 * scale to zero the same way) against owned container services. Only stacks: serverless. Only containers: one is a
 * monolith, two or more are microservices. Both: hybrid. Nothing owned: unknown.
 */
export function architectureStyle(services: readonly OwnedService[], functions: number): ArchitectureStyle {
  const serverless = services.filter((s) => s.type !== "container").length;
  const containers = services.length - serverless;
  const basis = `${plural(serverless, "serverless stack")} (${plural(functions, "function")}), ${plural(containers, "owned container service")}`;
  const value =
    serverless && containers
      ? "hybrid"
      : serverless
        ? "serverless"
        : containers > 1
          ? "microservices"
          : containers === 1
            ? "monolith"
            : "unknown";
  return { value, basis, serverlessStacks: serverless, functions, containerServices: containers };
}
