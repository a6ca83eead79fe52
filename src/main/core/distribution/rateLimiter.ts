/**
 * Sliding-window limits (per minute, per day) on messages handed to the server. A send holds its
 * slot from the moment it starts until its window has passed *after it finished*: the server may
 * receive a message at any moment between start and finish, so counting from the finish is what
 * keeps every window the server sees within the limit, however slow the connection.
 */
export class RateLimiter {
  private readonly slots: { finishedAt: number }[] = [];

  constructor(private readonly limits: { count: number; windowMs: number }[]) {}

  /** How many sends may start now. */
  available(now: number): number {
    this.forget(now);
    let free = Number.POSITIVE_INFINITY;
    for (const limit of this.limits) {
      const busy = this.slots.filter((slot) => slot.finishedAt > now - limit.windowMs).length;
      free = Math.min(free, limit.count - busy);
    }
    return Math.max(0, free);
  }

  /** When a slot will next free up (ms since epoch), or null if none is held by a finished send. */
  nextFree(now: number): number | null {
    let soonest: number | null = null;
    for (const limit of this.limits) {
      const held = this.slots.filter((slot) => slot.finishedAt > now - limit.windowMs);
      if (held.length < limit.count) continue;
      const finished = held.filter((slot) => Number.isFinite(slot.finishedAt)).map((slot) => slot.finishedAt);
      if (finished.length === 0) continue;
      // The oldest held slot frees the window first.
      const at = Math.min(...finished) + limit.windowMs;
      soonest = soonest === null ? at : Math.max(soonest, at);
    }
    return soonest;
  }

  /** A send starts: its slot is held until `finish` is called, and a window beyond. */
  start(): { finish(at: number): void } {
    const slot = { finishedAt: Number.POSITIVE_INFINITY };
    this.slots.push(slot);
    return { finish: (at) => (slot.finishedAt = at) };
  }

  /** Sends recorded before this process started (from the outbox), so a restart cannot burst. */
  seed(finishedAt: number[]): void {
    for (const at of finishedAt) this.slots.push({ finishedAt: at });
  }

  private forget(now: number): void {
    const longest = Math.max(0, ...this.limits.map((limit) => limit.windowMs));
    for (let index = this.slots.length - 1; index >= 0; index--) {
      if (this.slots[index]!.finishedAt <= now - longest) this.slots.splice(index, 1);
    }
  }
}
