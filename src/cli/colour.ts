/**
 * Whether the text report on standard output is coloured: never with --no-color; FORCE_COLOR, as Node reads it,
 * forces colour on (or off with `0` / `false`) and wins over NO_COLOR; NO_COLOR set to anything but "" turns it
 * off (no-color.org); otherwise colour exactly when standard output is a terminal.
 */
export function useColour(flag: boolean, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (!flag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR) return false;
  return isTTY;
}
