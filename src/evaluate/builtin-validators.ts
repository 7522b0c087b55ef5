import type { ValidateFunction } from "ajv";

/**
 * Each built-in policy schema's validator compiled ahead of time, by the schema's JSON (see `schemaCompiler`).
 * From the sources there are none: ajv compiles each schema at first use. The bundles carry them: scripts/build.mjs
 * bundles a module generated in this one's place, with ajv's standalone code for every schema the built-in
 * policies compile with their default params.
 */
export const PRECOMPILED_POLICY_SCHEMAS: ReadonlyMap<string, ValidateFunction> = new Map();
