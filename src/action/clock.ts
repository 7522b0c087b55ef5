/**
 * The action's clock. `ARCHLINT_NOW` (an ISO date) is a testing hook: the end-to-end tests use it to run a
 * reassessment "next year". Unset, it is the real time.
 */
export function actionClock(env: NodeJS.ProcessEnv): Date {
  const fixed = env.ARCHLINT_NOW;
  if (!fixed) return new Date();
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime())) throw new Error(`ARCHLINT_NOW must be an ISO date, not "${fixed}"`);
  return date;
}
