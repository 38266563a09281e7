/**
 * Whether to colour output, decided as Node decides for its own output: `--color`/`--no-color`
 * first; then `FORCE_COLOR` (on for empty, `1`, `true`, `2`, `3`; off for any other value, such as `0`); then `NO_COLOR` or
 * `NODE_DISABLE_COLORS` (set and non-empty: off) and `TERM=dumb`; otherwise only on a terminal.
 */
export function shouldColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTty: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return FORCE_ON.has(force);
  if (env.NO_COLOR || env.NODE_DISABLE_COLORS || env.TERM === 'dumb') return false;
  return isTty;
}

/** The FORCE_COLOR values for which Node's getColorDepth() returns more than two colours. */
const FORCE_ON = new Set(['', '1', 'true', '2', '3']);
