export interface BackoffPolicy {
  /** The first wait; each further attempt doubles it, up to `maxMs`. */
  baseMs: number;
  maxMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 60_000, maxMs: 60 * 60_000 };

/**
 * Exponential backoff with "full jitter" halved: a wait between half and all of the doubled step,
 * so recipients that failed together do not all come back at the same second.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
