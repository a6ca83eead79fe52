import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { PushedEvent } from '../../shared/ipc/contract';
import { useTempDirs } from '../../../test/tempDir';
import { createCore } from './core';
import { latestSchemaVersion } from './db/migrations';

describe('core', () => {
  const tempDir = useTempDirs();

  it('app.info reports the real store', async () => {
    const dataDir = tempDir();
    const core = await createCore({ dataDir, appVersion: '9.9.9' });
    try {
      const result = await core.call('app.info', {});
      const expectedSqlite = (
        new BetterSqlite3(':memory:').prepare('select sqlite_version() as v').get() as { v: string }
      ).v;
      expect(result).toEqual({
        ok: true,
        value: {
          appVersion: '9.9.9',
          dataDir,
          // Not told otherwise (the command line, tests): this account's own folder.
          dataScope: 'account',
          databaseFile: `${dataDir}/siaga.sqlite`,
          schemaVersion: latestSchemaVersion,
          latestSchemaVersion,
          engineVersion: expectedSqlite,
          journalMode: 'wal',
          store: 'embedded',
        },
      });
    } finally {
      await core.close();
    }
  });

  it('preferences default to Indonesian, persist across restarts, and push an event after commit', async () => {
    const dataDir = tempDir();
    const core = await createCore({ dataDir, appVersion: '1' });
    const seen: PushedEvent[] = [];
    core.onEvent((event) => seen.push(event));
    try {
      expect(await core.call('preferences.get', {})).toEqual({
        ok: true,
        value: { language: 'id', colorScheme: 'light' },
      });
      expect(await core.call('preferences.update', { language: 'en' })).toEqual({
        ok: true,
        value: { language: 'en', colorScheme: 'light' },
      });
      expect(seen).toEqual([{ event: 'preferences.changed', payload: { language: 'en', colorScheme: 'light' } }]);
      // One audit event for the change (no session: changed on the sign-in screen); none for a no-op.
      await core.call('preferences.update', { language: 'en' });
      const audit = await core.store.connection.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id', 'data'])
        .execute();
      expect(audit).toEqual([{ action: 'preferences.updated', actor_id: null, data: '{"language":"en"}' }]);
    } finally {
      await core.close();
    }
    const reopened = await createCore({ dataDir, appVersion: '1' });
    try {
      expect(await reopened.call('preferences.get', {})).toEqual({
        ok: true,
        value: { language: 'en', colorScheme: 'light' },
      });
    } finally {
      await reopened.close();
    }
  });

  it('bad preferences are refused, nothing is written and no event is sent', async () => {
    const core = await createCore({ dataDir: tempDir(), appVersion: '1' });
    const seen: PushedEvent[] = [];
    core.onEvent((event) => seen.push(event));
    try {
      const result = await core.call('preferences.update', { colorScheme: 'purple' });
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
      expect(await core.store.connection.db.selectFrom('preference').selectAll().execute()).toEqual([]);
      expect(seen).toEqual([]);
    } finally {
      await core.close();
    }
  });

  it('a stored value this build does not understand falls back to its default', async () => {
    const core = await createCore({ dataDir: tempDir(), appVersion: '1' });
    try {
      await core.store.connection.db
        .insertInto('preference')
        .values([
          { key: 'language', value_json: '"fr"', updated_at: 'x' },
          { key: 'colorScheme', value_json: '"dark"', updated_at: 'x' },
        ])
        .execute();
      expect(await core.call('preferences.get', {})).toEqual({
        ok: true,
        value: { language: 'id', colorScheme: 'dark' },
      });
    } finally {
      await core.close();
    }
  });
});
