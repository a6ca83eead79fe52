import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../kernel/dispatcher';

/**
 * The desk's own log of what went wrong, for the office's IT person: one JSON line per error in
 * `<dataDir>/logs/siaga.log`, rotated at a size (`siaga.1.log` … the oldest dropped), owner-only.
 * It holds no personal data and no secrets: messages pass through `redact`, errors keep their
 * class, code and the first lines of their stack (file and line, no values). Written
 * synchronously: errors are rare, and the line must be there if the process dies next.
 */
export interface FileLog extends Logger {
  /** The newest lines first, at most `limit`, across the rotated files. */
  recent(limit: number): LogEntry[];
  readonly dir: string;
}

export interface LogEntry {
  at: string;
  level: 'error';
  /** Which process wrote it: the core, the desktop shell. */
  source: string;
  message: string;
  error?: { name: string; message: string; code?: string; stack?: string[] };
}

export const logFileName = 'siaga.log';

export function createFileLog(
  dir: string,
  options: { source: string; maxBytes?: number; files?: number; now?: () => Date } = { source: 'core' },
): FileLog {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const files = options.files ?? 3;
  const now = options.now ?? (() => new Date());
  const file = (index: number) => join(dir, index === 0 ? logFileName : `siaga.${index}.log`);

  function rotate(incoming: number) {
    const size = existsSync(file(0)) ? statSync(file(0)).size : 0;
    if (size === 0 || size + incoming <= maxBytes) return;
    rmSync(file(files - 1), { force: true });
    for (let index = files - 2; index >= 0; index--) {
      if (existsSync(file(index))) renameSync(file(index), file(index + 1));
    }
  }

  return {
    dir,
    error(message, error) {
      const entry: LogEntry = {
        at: now().toISOString(),
        level: 'error',
        source: options.source,
        message: redact(message),
      };
      if (error !== undefined) entry.error = describe(error);
      const line = `${JSON.stringify(entry)}\n`;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        rotate(Buffer.byteLength(line));
        appendFileSync(file(0), line, { mode: 0o600 });
      } catch {
        // A log that cannot be written (a full disk) must not turn one error into two.
      }
    },
    recent(limit) {
      const entries: LogEntry[] = [];
      for (let index = 0; index < files && entries.length < limit; index++) {
        if (!existsSync(file(index))) continue;
        const lines = readFileSync(file(index), 'utf8').split('\n').filter(Boolean).reverse();
        for (const line of lines) {
          if (entries.length >= limit) break;
          try {
            entries.push(JSON.parse(line) as LogEntry);
          } catch {
            // A line cut short by a crash: skipped.
          }
        }
      }
      return entries;
    },
  };
}

function describe(error: unknown): NonNullable<LogEntry['error']> {
  if (!(error instanceof Error)) return { name: typeof error, message: redact(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: redact(error.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    // Where it happened, not what it held: the frames only, at most eight.
    stack: (error.stack ?? '')
      .split('\n')
      .slice(1)
      .map((frame) => redact(frame.trim()))
      .filter((frame) => frame.startsWith('at '))
      .slice(0, 8),
  };
}

/**
 * Takes out what must never leave the desk in a log: passwords in connection addresses, e-mail
 * addresses, phone numbers (nine digits or more), and anything quoted after an SQL comparison or in
 * a constraint message (`Key (email)=(…)`), which is record data.
 */
export function redact(text: string): string {
  return text
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi, '$1***@')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[e-mail]')
    .replace(/\+?\d[\d\s-]{7,}\d/g, '[number]')
    .replace(/=\([^)]*\)/g, '=(…)')
    .replace(/'[^']{0,200}'/g, "'…'")
    .slice(0, 2000);
}

/** Every message to both: the console (a developer's terminal) and the file (the office's IT). */
export function teeLogger(...loggers: Logger[]): Logger {
  return {
    error(message, error) {
      for (const logger of loggers) logger.error(message, error);
    },
  };
}
