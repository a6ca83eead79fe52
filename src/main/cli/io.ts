/** Where a CLI command writes; tests pass buffers, the entry passes the process streams. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
  /**
   * A password, never from the command line (where every user of the computer sees it in the
   * process list): typed at a prompt without echo (twice when `confirm`), or the first line of
   * standard input when it is not a terminal. Null when there is none.
   */
  readSecret?(prompt: string, options?: { confirm?: boolean }): Promise<string | null>;
}

/** Exit codes: 0 done, 1 the command ran and found or hit a problem, 2 the command line was wrong. */
export const exitCode = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}
export class CommandFailed extends Error {}
