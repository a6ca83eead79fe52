import { printable } from '../../../shared/controlCharacters';
import { commandDeps, withCore } from '../cliCore';
import type { StorePlace } from '../storePlace';
import { roles as allRoles, type Role } from '../../../shared/accounts/roles';
import { newAccountSchema, resetPasswordSchema } from '../../../shared/ipc/accounts';
import {
  deactivateAccount,
  createAccount,
  mustReadAccount,
  resetAccountPassword,
} from '../../core/accounts/accountService';
import { findAccountRow, listAccounts } from '../../core/accounts/accountRepository';
import { hashPassword } from '../../core/accounts/passwords';
import { commandLineActor } from '../../core/kernel/context';
import { CoreError } from '../../core/kernel/errors';
import { CommandFailed, UsageError, type CliIo } from '../io';

export interface UsersOptions {
  username?: string | undefined;
  fullName?: string | undefined;
  roles?: string | undefined;
}

function describeFailure(error: unknown): never {
  if (error instanceof CoreError) {
    const issues = error.details?.issues?.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new CommandFailed(issues ? `${error.message} (${issues})` : error.message);
  }
  throw error;
}

function parseOrFail<T>(
  result:
    { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
): T {
  if (result.success) return result.data;
  throw new CommandFailed(
    result.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('; '),
  );
}

/** The new password, from a prompt or standard input (never an argument: see CliIo.readSecret). */
async function passwordFrom(io: CliIo): Promise<string> {
  const password = await io.readSecret?.('New password: ', { confirm: true }).catch((error: Error) => {
    throw new CommandFailed(error.message);
  });
  if (!password) throw new UsageError('Type the new password at the prompt, or give it on standard input');
  return password;
}

/**
 * `siaga users list|add|deactivate|reset-password`: account care without signing in, for the
 * person who holds the data files (e.g. the only admin forgot the password). Every change is in
 * the audit trail, with no account as actor.
 */
export async function usersCommand(
  place: StorePlace,
  action: string | undefined,
  options: UsersOptions,
  io: CliIo,
): Promise<void> {
  if (!action || !['list', 'add', 'deactivate', 'reset-password'].includes(action)) {
    throw new UsageError(`users needs one of: list, add, deactivate, reset-password`);
  }
  await withCore(place, async (core) => {
    const { db } = core.store.connection;
    const { write } = commandDeps(core);
    const find = async () => {
      if (!options.username) throw new UsageError(`users ${action} needs --username`);
      const row = await findAccountRow(db, { username: options.username.trim().toLowerCase() });
      if (!row) throw new CommandFailed(`No account with username ${options.username}`);
      return row;
    };
    if (action === 'list') {
      for (const account of await listAccounts(db)) {
        const state = account.active
          ? account.lockedUntil
            ? `locked until ${account.lockedUntil}`
            : 'active'
          : 'deactivated';
        io.out(
          `${account.username.padEnd(20)} ${printable(account.fullName).padEnd(32)} ${account.roles.join(',').padEnd(30)} ${state}`,
        );
      }
      return;
    }
    if (action === 'add') {
      const roles = (options.roles ?? '')
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean);
      const unknown = roles.filter((role) => !(allRoles as readonly string[]).includes(role));
      if (unknown.length > 0)
        throw new UsageError(`Unknown roles: ${unknown.join(', ')} (known: ${allRoles.join(', ')})`);
      const input = parseOrFail(
        newAccountSchema.safeParse({
          username: options.username ?? '',
          fullName: options.fullName ?? '',
          nip: '',
          position: '',
          email: '',
          phone: '',
          password: await passwordFrom(io),
          roles: roles as Role[],
        }),
      );
      const { password, ...fields } = input;
      const passwordHash = await hashPassword(password);
      const id = await write(commandLineActor, (w) => createAccount(w, { ...fields, passwordHash })).catch(
        describeFailure,
      );
      const account = await mustReadAccount(db, id);
      io.out(`Added ${account.username} (${account.roles.join(', ')})`);
      return;
    }
    const row = await find();
    if (action === 'deactivate') {
      await write(commandLineActor, (w) => deactivateAccount(w, row.id)).catch(describeFailure);
      io.out(`Deactivated ${row.username}`);
      return;
    }
    const { newPassword } = parseOrFail(
      resetPasswordSchema.safeParse({ id: row.id, newPassword: await passwordFrom(io) }),
    );
    const passwordHash = await hashPassword(newPassword);
    await write(commandLineActor, (w) => resetAccountPassword(w, row.id, passwordHash)).catch(describeFailure);
    io.out(`New password set for ${row.username}; the account is unlocked and its sessions ended`);
  });
}
