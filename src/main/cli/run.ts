import { parseArgs } from 'node:util';
import { resolveDataDir } from '../core/dataDir';
import { backupCommand } from './commands/backup';
import { demoCommand } from './commands/demo';
import { infoCommand } from './commands/info';
import { verifyCommand } from './commands/verify';
import { CommandFailed, exitCode, UsageError, type CliIo } from './io';
import { usage } from './usage';

const options = {
  'data-dir': { type: 'string' },
  out: { type: 'string' },
  password: { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** Which options each command accepts; anything else is a usage error, never silently ignored. */
const accepted: Record<string, (keyof typeof options)[]> = {
  info: ['data-dir'],
  verify: ['data-dir'],
  backup: ['data-dir', 'out'],
  demo: ['data-dir', 'password'],
};

/** Runs one CLI invocation and returns its exit code; never calls process.exit (tests call it). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return exitCode.usage;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === 'help' || (command === undefined && argv.length === 0)) {
    io.out(usage);
    return exitCode.ok;
  }
  try {
    if (command === undefined || !(command in accepted))
      throw new UsageError(`Unknown command: ${command ?? '(none)'}`);
    if (positionals.length > 1) throw new UsageError(`Unexpected argument: ${positionals[1]}`);
    const extra = (Object.keys(values) as (keyof typeof options)[]).filter((key) => !accepted[command]?.includes(key));
    if (extra.length > 0) throw new UsageError(`${command} does not take --${extra.join(', --')}`);
    const dataDir = resolveDataDir(values['data-dir'], {
      platform: process.platform,
      env: io.env,
      home: io.env.HOME ?? io.env.USERPROFILE ?? '',
    });
    switch (command) {
      case 'info':
        await infoCommand(dataDir, io);
        break;
      case 'verify':
        await verifyCommand(dataDir, io);
        break;
      case 'backup':
        if (!values.out) throw new UsageError('backup needs --out FILE');
        await backupCommand(dataDir, values.out, io);
        break;
      case 'demo':
        await demoCommand(dataDir, values.password, io);
        break;
    }
    return exitCode.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${usage}`);
      return exitCode.usage;
    }
    io.err(
      error instanceof CommandFailed
        ? error.message
        : `Failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return exitCode.failed;
  }
}
