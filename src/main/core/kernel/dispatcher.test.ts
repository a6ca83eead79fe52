import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import type { Handlers } from './handlers';
import { createDispatcher } from './dispatcher';
import { CoreError } from './errors';

const info = {
  appVersion: '1.0.0',
  dataDir: '/d',
  dataScope: 'account' as const,
  databaseFile: '/d/siaga.sqlite',
  schemaVersion: 1,
  latestSchemaVersion: 1,
  engineVersion: '3',
  journalMode: 'wal',
  store: 'embedded' as const,
};

const notCalled = () => Promise.reject(new Error('not called in this test'));

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    ...(Object.fromEntries(channels.map((channel) => [channel, notCalled])) as unknown as Handlers),
    'app.info': () => Promise.resolve(info),
    'preferences.get': () => Promise.resolve({ language: 'id', colorScheme: 'light' }),
    'preferences.update': (patch) => Promise.resolve({ language: patch.language ?? 'id', colorScheme: 'light' }),
    ...overrides,
  };
}

const noSessions = () => Promise.resolve({ reason: 'signInRequired' });

describe('dispatcher', () => {
  const logged: unknown[] = [];
  const logger = { error: (message: string, error?: unknown) => logged.push([message, error]) };

  it('answers a valid call with its value', async () => {
    const dispatch = createDispatcher(handlers(), logger, noSessions);
    expect(await dispatch('preferences.update', { language: 'en' })).toEqual({
      ok: true,
      value: { language: 'en', colorScheme: 'light' },
    });
  });

  it('refuses an unknown channel with NOT_FOUND, including prototype names', async () => {
    const dispatch = createDispatcher(handlers(), logger, noSessions);
    for (const channel of ['nope.never', '__proto__', 'constructor', 'toString']) {
      const result = await dispatch(channel, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('NOT_FOUND');
    }
  });

  it('refuses bad input with VALIDATION naming the field, before the handler runs', async () => {
    let ran = false;
    const dispatch = createDispatcher(
      handlers({
        'preferences.update': () => {
          ran = true;
          return Promise.resolve({ language: 'id', colorScheme: 'light' });
        },
      }),
      logger,
      noSessions,
    );
    const result = await dispatch('preferences.update', { language: 'fr', extra: 1 });
    expect(ran).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    const paths = result.error.details?.issues?.map((issue) => issue.path.join('.'));
    expect(paths).toContain('language');
    expect(result.error.details?.issues?.some((issue) => issue.rule === 'unrecognized_keys')).toBe(true);
  });

  it('refuses non-object input for a no-argument channel', async () => {
    const dispatch = createDispatcher(handlers(), logger, noSessions);
    for (const input of [undefined, null, 'x', 42, [], { a: 1 }]) {
      const result = await dispatch('app.info', input);
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    }
  });

  it('passes a CoreError through with its code and details', async () => {
    const dispatch = createDispatcher(
      handlers({ 'app.info': () => Promise.reject(new CoreError('CONFLICT', 'stale', { reason: 'stale' })) }),
      logger,
      noSessions,
    );
    expect(await dispatch('app.info', {})).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'stale', details: { reason: 'stale' } },
    });
  });

  it('turns an unexpected throw into INTERNAL without leaking its message, and logs it', async () => {
    logged.length = 0;
    const dispatch = createDispatcher(
      handlers({ 'app.info': () => Promise.reject(new Error('SQLITE_CORRUPT at /secret/path')) }),
      logger,
      noSessions,
    );
    const result = await dispatch('app.info', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Internal error', details: { reason: 'internal' } },
    });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('strips fields a handler returned beyond the contract (rows never cross the boundary)', async () => {
    const dispatch = createDispatcher(
      handlers({ 'app.info': () => Promise.resolve({ ...info, password_hash: 'x' } as typeof info) }),
      logger,
      noSessions,
    );
    const result = await dispatch('app.info', {});
    expect(result.ok && 'password_hash' in (result.value as object)).toBe(false);
    expect(result.ok).toBe(true);
  });
});
