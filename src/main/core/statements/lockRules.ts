/** A lock whose holder has not been heard from for this long is free to take. */
export const lockStaleAfterMs = 2 * 60 * 1000;

export function lockIsFresh(heartbeatAt: string, now: Date): boolean {
  return now.getTime() - new Date(heartbeatAt).getTime() < lockStaleAfterMs;
}
