import { CODEOWNERS_PATHS } from "../../knowledge/codeowners.js";
import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import type { AdapterFactory } from "../adapter.js";
import { lineAt } from "./text-search.js";

/** Every owner named in CODEOWNERS (`@user`, `@org/team`, an e-mail), each once, on the line it first appears. */
export const ownershipEvidence: AdapterFactory = {
  name: "ownership-evidence",
  create: () => ({
    extract(file, sink) {
      if (!CODEOWNERS_PATHS.includes(file.path)) return;
      const seen = new Set<string>();
      for (const match of file.text.matchAll(/^[ \t]*([^#\s][^\n]*)$/gm)) {
        const owners = (match[1] ?? "").split("#")[0]?.trim().split(/\s+/).slice(1) ?? [];
        for (const owner of owners) {
          const key = owner.toLowerCase();
          if (seen.has(key) || !/^@|@/.test(owner)) continue;
          seen.add(key);
          sink.evidence({
            category: EVIDENCE.codeowner,
            value: owner,
            file: file.path,
            line: lineAt(file.text, match.index),
          });
        }
      }
    },
  }),
};
