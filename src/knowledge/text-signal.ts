/**
 * Words every match of a pattern holds, declared next to it in a catalog: a string is a word every match holds,
 * a list holds words one of which every match holds. Compared ignoring case when the pattern has the `i` flag.
 * `__tests__/extract/required-words.test.ts` holds every declaration to its pattern.
 */
export type RequiredWords = readonly (string | readonly string[])[];

/** A pattern and the words it cannot match without; with none declared it is tried on every text. */
export interface WordedPattern {
  readonly pattern: RegExp;
  readonly words?: RequiredWords;
}

/**
 * A piece of text that proves a tool is in use: a resource type, an image, an environment variable, a kind.
 * Signals are data; one engine reads them, each at most once per file, on the line of its first match. `words`
 * are those every match of `pattern` holds: a file without them is never searched.
 */
export interface TextSignal extends WordedPattern {
  /** The tool (and, where it helps, the artefact) the evidence names. */
  value: string;
  /** Evidence categories it proves: pillars, `mesh`, `iac`, `cluster-in-code`, … */
  categories: readonly string[];
  /** Only files whose path matches; every file otherwise. */
  path?: RegExp;
  /** Never files whose path matches. */
  notPath?: RegExp;
  /** Further patterns that must all occur somewhere in the same file, each with the words it needs. */
  requires?: readonly WordedPattern[];
  /** A pattern that, anywhere in the file, takes the evidence back (a default that was switched off). */
  unless?: RegExp;
}
