/**
 * The demo's clock. The closed crisis has a history of days: the demo runs the core on this clock,
 * set back to those days while that history is written (through the core's own channels, so every
 * record and audit entry carries the time it happened), then returned to the present for the rest.
 * Time only moves forward, so the audit trail stays in order.
 */
export interface DemoClock {
  now(): Date;
  /** Stops the clock at `at` (later than any time already used). */
  set(at: Date): void;
  /** Back to real time. */
  present(): void;
}

export function createDemoClock(): DemoClock {
  let fixed: Date | null = null;
  return {
    now: () => (fixed ? new Date(fixed) : new Date()),
    set(at) {
      if (fixed && at < fixed) throw new Error(`The demo clock only moves forward (${at.toISOString()})`);
      fixed = new Date(at);
    },
    present() {
      fixed = null;
    },
  };
}
