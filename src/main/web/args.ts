import { parseArgs } from 'node:util';

export interface WebArgs {
  dataDir: string | undefined;
  /** `--database-url`, else SIAGA_DATABASE_URL: the office server instead of the desk's settings. */
  databaseUrl: string | undefined;
  port: number;
}

export const webUsage = 'Usage: npm run start:web -- [--data-dir DIR] [--database-url postgres://…] [--port N]';

/** Parses browser-mode arguments; throws with a usage message on anything unexpected. */
export function parseWebArgs(argv: string[], env: Record<string, string | undefined> = {}): WebArgs {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, 'database-url': { type: 'string' }, port: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${values.port}`);
  const databaseUrl = values['database-url'] ?? (env.SIAGA_DATABASE_URL || undefined);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('--database-url must be a postgres:// URL');
  }
  return { dataDir: values['data-dir'], databaseUrl, port };
}
