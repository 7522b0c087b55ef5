// The one set of ncc options: the committed bundles (build.mjs) and the bench's parse floor (bench.mjs) are
// compiled alike, so the floor runs the same code as the CLI.
export const NCC_OPTIONS = {
  cache: false,
  minify: false,
  sourceMap: false,
  target: "es2022",
  quiet: true,
  license: "",
};
