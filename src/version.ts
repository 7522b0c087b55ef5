import pkg from "../package.json" with { type: "json" };

export const TOOL = { name: "archlint", version: pkg.version } as const;
