import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

export type AfterCommit = (effect: () => void | Promise<void>) => void;

export interface TransactionScope {
  trx: Transaction<Database>;
  /** Registers a side effect (an event, a file, a mail) that runs only once the commit succeeded. */
  afterCommit: AfterCommit;
}

/**
 * Runs database work in one transaction and the side effects it registered after commit.
 * Nesting is refused (passing a transaction in throws): an inner "transaction" that silently
 * joins the outer one hides where a commit really happens. Concurrent calls queue on the
 * connection (Kysely's SQLite driver holds one connection behind a mutex). Effects that throw are reported, never undo the committed work.
 */
export async function transact<T>(
  db: Kysely<Database>,
  work: (scope: TransactionScope) => Promise<T>,
  onEffectError: (error: unknown) => void = (error) => console.error('after-commit effect failed', error),
): Promise<T> {
  if (db.isTransaction) throw new Error('Nested transactions are not allowed');
  const effects: (() => void | Promise<void>)[] = [];
  const result = await db.transaction().execute((trx) => work({ trx, afterCommit: (effect) => effects.push(effect) }));
  for (const effect of effects) {
    try {
      await effect();
    } catch (error) {
      onEffectError(error);
    }
  }
  return result;
}
