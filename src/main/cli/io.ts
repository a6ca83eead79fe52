/** Where a CLI command writes; tests pass buffers, the entry passes the process streams. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
}

/** Exit codes: 0 done, 1 the command ran and found or hit a problem, 2 the command line was wrong. */
export const exitCode = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}
export class CommandFailed extends Error {}
