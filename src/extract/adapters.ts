import type { AdapterFactory } from "./adapter.js";
import { composeFiles } from "./compose/adapter.js";
import { helmCharts } from "./helm/adapter.js";
import { kubernetes } from "./kubernetes/adapter.js";
import { serverlessFramework } from "./serverless/adapter.js";

/** Every format archlint reads; each adapter decides from a file's path and content whether it is its own. */
export const ADAPTERS: AdapterFactory[] = [serverlessFramework, kubernetes, composeFiles, helmCharts];
