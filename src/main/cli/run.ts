import { printable } from '../../shared/controlCharacters';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../core/dataDir';
import { backupCommand } from './commands/backup';
import { contactsCommand } from './commands/contacts';
import { conferencesCommand } from './commands/conferences';
import { crisesCommand, reportCommand } from './commands/crises';
import { demoCommand } from './commands/demo';
import { hoaxesCommand } from './commands/hoaxes';
import { feedsCommand } from './commands/feeds';
import { infoCommand } from './commands/info';
import { diagnosticsCommand } from './commands/diagnostics';
import { statementsCommand } from './commands/statements';
import { usersCommand } from './commands/users';
import { restoreCommand } from './commands/restore';
import { verifyCommand } from './commands/verify';
import { moveToServerCommand } from './commands/moveToServer';
import { migrateCommand } from './commands/migrate';
import { databaseUrlFrom, type StorePlace } from './storePlace';
import { CommandFailed, exitCode, UsageError, type CliIo } from './io';
import { usage } from './usage';

const options = {
  'data-dir': { type: 'string' },
  'database-url': { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  password: { type: 'string' },
  username: { type: 'string' },
  'full-name': { type: 'string' },
  roles: { type: 'string' },
  'expect-head': { type: 'string' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  map: { type: 'string' },
  'dry-run': { type: 'boolean' },
  duplicates: { type: 'string' },
  'lawful-basis': { type: 'string' },
  source: { type: 'string' },
  list: { type: 'string' },
  contacts: { type: 'string' },
  language: { type: 'string' },
  kind: { type: 'string' },
  name: { type: 'string' },
  url: { type: 'string' },
  interval: { type: 'string' },
  outlet: { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** Which options each command accepts; anything else is a usage error, never silently ignored. */
const accepted: Record<string, (keyof typeof options)[]> = {
  info: [],
  diagnostics: ['out'],
  verify: ['expect-head', 'from'],
  backup: ['out'],
  restore: ['from'],
  demo: ['password', 'contacts'],
  'move-to-server': [],
  migrate: [],
  users: ['username', 'full-name', 'roles'],
  statements: ['json', 'format', 'out'],
  contacts: ['map', 'dry-run', 'duplicates', 'lawful-basis', 'source', 'format', 'list', 'out'],
  conferences: ['json', 'out'],
  crises: ['json'],
  hoaxes: ['json'],
  feeds: ['json', 'kind', 'name', 'url', 'interval', 'outlet'],
  report: ['format', 'out', 'language'],
};
/** Every command works on the desk's file or on the office server. */
const everywhere: (keyof typeof options)[] = ['data-dir', 'database-url'];

/** How many words each command takes (`users list`, `statements export <id>`); others take none. */
const positionalCount: Record<string, number> = {
  users: 2,
  statements: 3,
  contacts: 3,
  conferences: 3,
  crises: 2,
  hoaxes: 2,
  feeds: 3,
  report: 3,
};

/** Runs one CLI invocation and returns its exit code; never calls process.exit (tests call it). */
/**
 * Everything the CLI prints, with control characters a record may hold (ESC and BEL sequences,
 * CR) shown as escapes, so nothing stored can recolour or ring the administrator's terminal. The
 * line breaks the CLI writes itself are kept; the lists escape each record's text themselves
 * (`printable`), so a line break in a title cannot forge a line either.
 */
function terminalSafe(io: CliIo): CliIo {
  const safe = (text: string) => text.split('\n').map(printable).join('\n');
  return { ...io, out: (text) => io.out(safe(text)), err: (text) => io.err(safe(text)) };
}

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const io = terminalSafe(rawIo);
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
    const maxPositionals = positionalCount[command] ?? 1;
    if (positionals.length > maxPositionals)
      throw new UsageError(`Unexpected argument: ${positionals[maxPositionals]}`);
    const extra = (Object.keys(values) as (keyof typeof options)[]).filter(
      (key) => !everywhere.includes(key) && !accepted[command]?.includes(key),
    );
    if (command === 'users' && values.password !== undefined) {
      throw new UsageError(
        'users reads the password from a prompt, or from standard input (echo … | siaga users …), never from ' +
          'the command line, where every user of this computer can read it in the process list',
      );
    }
    if (extra.length > 0) throw new UsageError(`${command} does not take --${extra.join(', --')}`);
    const dataDir = resolveDataDir(values['data-dir'], {
      platform: process.platform,
      env: io.env,
      home: io.env.HOME ?? io.env.USERPROFILE ?? '',
    });
    const place: StorePlace = { dataDir, databaseUrl: databaseUrlFrom(values['database-url'], io.env) };
    switch (command) {
      case 'info':
        await infoCommand(place, io);
        break;
      case 'diagnostics':
        await diagnosticsCommand(place, values.out, io);
        break;
      case 'verify':
        await verifyCommand(place, { expectHead: values['expect-head'], from: values.from }, io);
        break;
      case 'users':
        await usersCommand(
          place,
          positionals[1],
          { username: values.username, fullName: values['full-name'], roles: values.roles },
          io,
        );
        break;
      case 'backup':
        await backupCommand(place, values.out, io);
        break;
      case 'restore':
        if (!values.from) throw new UsageError('restore needs --from FILE');
        await restoreCommand(place, values.from, io);
        break;
      case 'statements':
        await statementsCommand(
          place,
          positionals[1],
          positionals[2],
          { json: values.json, format: values.format, out: values.out },
          io,
        );
        break;
      case 'conferences':
        await conferencesCommand(place, positionals[1], positionals[2], { json: values.json, out: values.out }, io);
        break;
      case 'crises':
        await crisesCommand(place, positionals[1], { json: values.json }, io);
        break;
      case 'hoaxes':
        await hoaxesCommand(place, positionals[1], { json: values.json }, io);
        break;
      case 'feeds':
        await feedsCommand(
          place,
          positionals[1],
          positionals[2],
          {
            json: values.json,
            kind: values.kind,
            name: values.name,
            url: values.url,
            interval: values.interval,
            outlet: values.outlet,
          },
          io,
        );
        break;
      case 'report':
        await reportCommand(
          place,
          positionals[1],
          positionals[2],
          { format: values.format, out: values.out, language: values.language },
          io,
        );
        break;
      case 'contacts':
        await contactsCommand(
          place,
          positionals[1],
          positionals[2],
          {
            map: values.map,
            dryRun: values['dry-run'],
            duplicates: values.duplicates,
            lawfulBasis: values['lawful-basis'],
            source: values.source,
            format: values.format,
            list: values.list,
            out: values.out,
          },
          io,
        );
        break;
      case 'demo':
        await demoCommand(place, values.password, io, values.contacts);
        break;
      case 'move-to-server':
        await moveToServerCommand(place, io);
        break;
      case 'migrate':
        await migrateCommand(place, io);
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
