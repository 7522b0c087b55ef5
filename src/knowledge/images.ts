import catalog from "./off-the-shelf-images.json" with { type: "json" };

export type ComponentCategory = keyof typeof catalog.categories | "platform" | "infrastructure";

const BY_NAME = new Map<string, ComponentCategory>();
/** The same names without their separators (`dynamodb-local` → `dynamodblocal`), as teams also write them. */
const BY_FOLDED_NAME = new Map<string, ComponentCategory>();
const folded = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
for (const [category, names] of Object.entries(catalog.categories)) {
  for (const name of names) {
    BY_NAME.set(name, category as ComponentCategory);
    if (!name.includes("/")) BY_FOLDED_NAME.set(folded(name), category as ComponentCategory);
  }
}
const SUFFIXES = Object.entries(catalog.suffixes) as [string, ComponentCategory][];
const PUBLISHERS = Object.entries(catalog.publishers) as [string, string][];

/** An image written with a placeholder (`${IMAGE_NAME}:…`, `$REGISTRY/app`, `{{ .Values.image }}`): not a name yet. */
export const hasPlaceholder = (image: string) => /\$\{?[A-Za-z_]|\{\{/.test(image);

/** `registry:5000/team/app:1.2@sha256:…` → `team/app`: the registry host, tag and digest removed, lowercased. */
export function imageRepository(image: string): string {
  let rest = image.trim().toLowerCase().split("@")[0] ?? "";
  const slash = rest.indexOf("/");
  const first = slash < 0 ? "" : rest.slice(0, slash);
  if (first.includes(".") || first.includes(":") || first === "localhost") rest = rest.slice(slash + 1);
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.indexOf(":", lastSlash + 1);
  return colon < 0 ? rest : rest.slice(0, colon);
}

/** The last path segment of an image's repository (`quay.io/prometheus/node-exporter:v1` → `node-exporter`). */
export function imageBasename(image: string): string {
  const repository = imageRepository(image);
  return repository.slice(repository.lastIndexOf("/") + 1);
}

/**
 * The category of a recognised off-the-shelf image (database, cache, broker, proxy, observability, …), or
 * undefined for an image archlint does not recognise (the team's own, as far as archlint can tell).
 */
export function offTheShelfCategory(image: string): ComponentCategory | undefined {
  const repository = imageRepository(image);
  if (!repository || repository.includes("{{") || repository.includes("${")) return undefined;
  const segments = repository.split("/");
  const last = segments.at(-1) ?? "";
  const lastTwo = segments.slice(-2).join("/");
  const named = BY_NAME.get(lastTwo) ?? BY_NAME.get(last);
  if (named) return named;
  const full = image
    .trim()
    .toLowerCase()
    .replace(/^docker\.io\/(library\/)?/, "");
  const publisher = PUBLISHERS.find(([prefix]) => full.startsWith(prefix));
  if (publisher) return publisher[1] as ComponentCategory;
  return SUFFIXES.find(([suffix]) => last.endsWith(suffix))?.[1];
}

/** The category of a component by its bare name (`postgres`, `valkey`, `dynamodblocal`), or undefined. */
export function componentCategoryOfName(name: string): ComponentCategory | undefined {
  return BY_NAME.get(name.toLowerCase()) ?? BY_FOLDED_NAME.get(folded(name));
}

/**
 * The word of a name that says it is a proxy (`frontend-proxy`, `nginx`, `envoy`, a proxy server the catalogue
 * knows, an `edge-router`), or undefined.
 */
export function proxyWordOf(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (/(^|[^a-z0-9])edge[-_]?router([^a-z0-9]|$)/.test(lower)) return "edge-router";
  return lower.split(/[^a-z0-9]+/).find((word) => word === "proxy" || BY_NAME.get(word) === "proxy");
}

const SERVICE_SUFFIXES = /[-_](service|svc|deployment|deploy|server|app|api)$/;

/**
 * The key that identifies one service across formats: lowercased, non-alphanumerics folded to `-`, and one
 * common suffix (`-service`, `-svc`, `-deployment`, `-deploy`, `-server`, `-app`, `-api`) removed unless the name
 * is nothing but that suffix. `cart-service`, `Cart`, `cart_svc` all give `cart`.
 */
export function serviceKey(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const trimmed = folded.replace(SERVICE_SUFFIXES, "");
  return trimmed || folded;
}
