import { parseArgs } from 'node:util';

export interface WebArgs {
  dataDir: string | undefined;
  port: number;
}

export const webUsage = 'Usage: npm run start:web -- [--data-dir DIR] [--port N]';

/** Parses browser-mode arguments; throws with a usage message on anything unexpected. */
export function parseWebArgs(argv: string[]): WebArgs {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${values.port}`);
  return { dataDir: values['data-dir'], port };
}
