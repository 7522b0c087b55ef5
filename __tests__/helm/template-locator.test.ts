import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { TemplateLocator } from "../../src/parse/template-locator.js";
import { CHART_REPO } from "./helpers.js";

const chart = join(CHART_REPO, "deploy", "shop");
const read = (name: string) => readFileSync(join(chart, name), "utf8");
const values = () => [
  { file: "deploy/shop/values.yaml", text: read("values.yaml") },
  { file: "deploy/shop/values-production.yaml", text: read("values-production.yaml") },
];
const CONTAINER = ["spec", "template", "spec", "containers", 0];

describe("positions in a template for the documents helm rendered from it", () => {
  // Helm prints a template's Service before its Deployment: documents are matched to the template's by kind.
  const cart = new TemplateLocator(read("templates/cart.yaml"), ["Service", "Deployment"], values);

  test("a key the template writes: its line in the template", () => {
    expect(cart.locate(1, ["spec", "replicas"])).toEqual({ line: 8, column: 3 });
    expect(cart.locate(1, [...CONTAINER, "readinessProbe"])).toEqual({ line: 22, column: 11 });
    expect(cart.locate(0, ["spec", "ports", 0])).toEqual({ line: 41, column: 5 });
  });

  test("a sequence item: its dash, the key on the dash's line included", () => {
    expect(cart.locate(1, CONTAINER)).toEqual({ line: 18, column: 9 });
    expect(cart.locate(1, [...CONTAINER, "name"])).toEqual({ line: 18, column: 11 });
  });

  test("a value the template copies from .Values: its line in the values file that set it", () => {
    expect(cart.locate(1, [...CONTAINER, "resources", "requests", "cpu"])).toMatchObject({
      file: "deploy/shop/values.yaml",
      line: 9,
      column: 7,
    });
  });

  test("the last values file that sets a value wins, as in helm", () => {
    const hpa = new TemplateLocator(read("templates/hpa.yaml"), ["HorizontalPodAutoscaler"], values);
    expect(hpa.locate(0, ["spec", "minReplicas"])).toEqual({ line: 11, column: 3 });
    const copied = new TemplateLocator("spec:\n  {{- toYaml .Values.autoscaling | nindent 2 }}\n", ["X"], values);
    expect(copied.locate(0, ["spec", "minReplicas"])).toMatchObject({
      file: "deploy/shop/values-production.yaml",
      line: 3,
    });
  });

  test("what neither the template nor a values file writes: the deepest key found, else the document's first line", () => {
    expect(cart.locate(1, [...CONTAINER, "securityContext"])).toEqual({ line: 18, column: 9 });
    expect(cart.locate(0, ["spec", "type"])).toEqual({ line: 37, column: 1 });
    expect(cart.locate(0, [])).toEqual({ line: 33, column: 1 });
    expect(cart.locate(1, [])).toEqual({ line: 1, column: 1 });
  });
});
