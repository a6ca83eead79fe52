import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminProfile, officeProfile } from '../../../../test/coreHarness';
import type { PushedEvent } from '../../../shared/ipc/contract';
import { fixtureWorkerPath, testWorkerPath } from '../../../../test/setup/testWorker';
import { useTempDirs } from '../../../../test/tempDir';
import { openStore } from '../db/store';
import { migrations } from '../db/migrations';
import { CoreStartupError, WorkerCoreClient } from './workerClient';

const quietLogger = { error: () => undefined };

describe('WorkerCoreClient with the real core worker', () => {
  const tempDir = useTempDirs();

  it('serves the contract from a worker thread on a real store, and pushes events', async () => {
    const dataDir = tempDir();
    const client = await WorkerCoreClient.start({
      workerPath: testWorkerPath,
      config: { dataDir, appVersion: '2.0.0', dataScope: 'machine' },
    });
    const seen: PushedEvent[] = [];
    client.onEvent((event) => seen.push(event));
    try {
      const info = await client.call('app.info', {});
      // Who the folder is for, as the shell started the worker (a per-machine installation's).
      expect(info.ok && info.value).toMatchObject({
        appVersion: '2.0.0',
        dataDir,
        dataScope: 'machine',
        journalMode: 'wal',
      });
      const bad = await client.call('preferences.update', { language: 'xx' });
      expect(bad.ok ? 'ok' : bad.error.code).toBe('VALIDATION');
      await client.call('preferences.update', { colorScheme: 'dark' });
      await expect
        .poll(() => seen)
        .toEqual([{ event: 'preferences.changed', payload: { language: 'id', colorScheme: 'dark' } }]);
    } finally {
      await client.close();
    }
  });

  it('keeps secrets with the host when asked to (the shell safeStorage), never in the data folder', async () => {
    const dataDir = tempDir();
    const held = new Map<string, string>();
    const client = await WorkerCoreClient.start({
      workerPath: testWorkerPath,
      config: { dataDir, appVersion: '2.0.0', secrets: 'host' },
      secrets: {
        read: (name) => Promise.resolve(held.get(name) ?? null),
        write: (name, value) => {
          if (value === null) held.delete(name);
          else held.set(name, value);
          return Promise.resolve();
        },
      },
    });
    try {
      const setup = await client.call('office.setup', { office: officeProfile, admin: adminProfile });
      if (!setup.ok) throw new Error(setup.error.message);
      const { sessionId } = setup.value as { sessionId: string };
      const saved = await client.call(
        'distribution.saveSettings',
        {
          host: 'smtp.slemankab.go.id',
          port: 587,
          security: 'starttls',
          username: 'humas',
          password: 'rahasia-kantor',
          fromName: 'Humas',
          fromAddress: 'humas@slemankab.go.id',
          replyTo: '',
        },
        { sessionId },
      );
      expect(saved.ok && saved.value).toMatchObject({ configured: true, hasPassword: true });
      expect(held.get('smtpPassword')).toBe('rahasia-kantor');
      expect(existsSync(join(dataDir, 'secrets'))).toBe(false);
    } finally {
      await client.close();
    }
  });

  it('refuses to start on a store from a newer version, with the reason', async () => {
    const dataDir = tempDir();
    const newer = [...migrations, { name: '9999_future', up: () => Promise.resolve() }];
    await (await openStore({ dataDir, migrations: newer })).close();
    const starting = WorkerCoreClient.start({
      workerPath: testWorkerPath,
      config: { dataDir, appVersion: '1' },
      logger: quietLogger,
    });
    await expect(starting).rejects.toBeInstanceOf(CoreStartupError);
    await expect(starting).rejects.toMatchObject({ error: { details: { reason: 'newerDatabase' } } });
  });

  it('answers calls after close with INTERNAL instead of hanging', async () => {
    const client = await WorkerCoreClient.start({
      workerPath: testWorkerPath,
      config: { dataDir: tempDir(), appVersion: '1' },
    });
    await client.close();
    const result = await client.call('app.info', {});
    expect(result.ok ? 'ok' : result.error.details?.reason).toBe('coreClosed');
  });
});

describe('WorkerCoreClient when the worker dies', () => {
  const start = () =>
    WorkerCoreClient.start({
      workerPath: fixtureWorkerPath,
      config: { dataDir: 'ok', appVersion: '1' },
      logger: quietLogger,
    });

  it('fails every call in flight at once with INTERNAL, restarts, and serves the next call', async () => {
    const client = await start();
    try {
      const hanging = client.call('hang', { n: 1 });
      const dying = client.call('die', {});
      const [first, second] = await Promise.all([hanging, dying]);
      for (const result of [first, second]) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toMatchObject({ code: 'INTERNAL', details: { reason: 'coreRestarted' } });
      }
      expect(await client.call('echo', { again: true })).toEqual({ ok: true, value: { again: true } });
      expect(client.restartCount).toBe(1);
    } finally {
      await client.close();
    }
  });

  it('gives up after repeated crashes and says so instead of restarting forever', async () => {
    const client = await WorkerCoreClient.start({
      workerPath: fixtureWorkerPath,
      config: { dataDir: 'ok', appVersion: '1' },
      logger: quietLogger,
      maxCrashes: 2,
    });
    try {
      for (let i = 0; i < 3; i++) await client.call('die', {});
      const result = await client.call('echo', {});
      expect(result.ok ? 'ok' : result.error.details?.reason).toBe('coreUnavailable');
    } finally {
      await client.close();
    }
  });

  it('relays events and refuses input that cannot be sent', async () => {
    const client = await start();
    const seen: PushedEvent[] = [];
    client.onEvent((event) => seen.push(event));
    try {
      await client.call('emit', {});
      expect(seen).toEqual([{ event: 'preferences.changed', payload: { language: 'en', colorScheme: 'dark' } }]);
      const result = await client.call('echo', { fn: () => 1 });
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    } finally {
      await client.close();
    }
  });

  it('reports a start-up failure as CoreStartupError', async () => {
    await expect(
      WorkerCoreClient.start({
        workerPath: fixtureWorkerPath,
        config: { dataDir: 'fatal', appVersion: '1' },
        logger: quietLogger,
      }),
    ).rejects.toBeInstanceOf(CoreStartupError);
  });
});
