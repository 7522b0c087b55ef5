/** The places GitHub reads CODEOWNERS from, in its order of precedence. */
export const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
