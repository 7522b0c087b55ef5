import type { PolicySetting } from "../config/config.js";
import { type CompiledPolicy, compilePolicy, schemaCompiler } from "../evaluate/compile.js";
import type { LoadedPolicy } from "../evaluate/policy.js";

/**
 * Applies the config's per-policy settings (off, severity, params), then compiles each policy once; a finding
 * of a policy whose params the config overrides says so, naming `configFile`.
 */
export function preparePolicies(
  policies: LoadedPolicy[],
  settings: Record<string, PolicySetting> = {},
  configFile?: string,
): CompiledPolicy[] {
  return policies.flatMap((policy) => {
    const setting = settings[policy.id];
    if (setting === "off") return [];
    const effective = setting?.severity ? { ...policy, severity: setting.severity } : policy;
    return [compilePolicy(effective, schemaCompiler(policy.origin), setting?.params, configFile)];
  });
}
