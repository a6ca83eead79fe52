import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPassword, openTestCore, setUpOffice } from '../../../../test/coreHarness';
import { contactInput } from '../../../../test/contactsHarness';
import { usePostgresDatabases } from '../../../../test/postgres/pgTest';
import { useTempDirs } from '../../../../test/tempDir';
import type { OfficeServerConnectInput } from '../../../shared/ipc/store';

/** The connection settings a person would type for a test database's URL. */
function typed(url: string): OfficeServerConnectInput {
  const parsed = new URL(url);
  return {
    settings: {
      host: parsed.hostname,
      port: Number(parsed.port),
      database: parsed.pathname.slice(1),
      user: decodeURIComponent(parsed.username),
      tls: 'off',
      caFile: null,
    },
    password: decodeURIComponent(parsed.password),
  };
}

describe('the desk chooses its store', () => {
  const tempDir = useTempDirs();
  const database = usePostgresDatabases();

  it('first run: tests the server, connects, sets the office up there; the next start opens the server again', async () => {
    const dataDir = tempDir();
    const input = typed(await database());
    const first = await openTestCore(dataDir, undefined, { distribution: { autoStart: false } });
    expect(await first.value('store.status', {})).toMatchObject({ kind: 'embedded' });

    const probe = await first.value('store.test', input);
    expect(probe).toMatchObject({ state: 'empty', agencyName: null });
    expect(probe.serverVersion).toMatch(/^\d+\.\d+/);
    expect(probe.server).not.toContain(input.password);

    const wrong = await first.call('store.test', { ...input, password: 'not-the-password' });
    expect(wrong.ok || wrong.error.details?.reason).toBe('serverLoginFailed');
    const closed = await first.call('store.test', { ...input, settings: { ...input.settings, port: 1 } });
    expect(closed.ok || closed.error.details?.reason).toBe('serverUnreachable');

    await first.value('store.connect', input);
    expect(await first.value('store.status', {})).toMatchObject({
      kind: 'server',
      server: `${input.settings.host}:${input.settings.port}/${input.settings.database}`,
      settings: input.settings,
      fixed: false,
      unreachable: null,
    });
    await setUpOffice(first);
    await first.core.close();

    // The settings file holds no password; the password file is the user's alone.
    const settingsFile = readFileSync(join(dataDir, 'office-server.json'), 'utf8');
    expect(settingsFile).not.toContain(input.password);
    expect(statSync(join(dataDir, 'secrets', 'officeServerPassword')).mode & 0o777).toBe(0o600);

    const again = await openTestCore(dataDir, undefined, { distribution: { autoStart: false } });
    expect(await again.value('office.status', {})).toMatchObject({ configured: true });
    expect(again.core.store.dialect).toBe('postgres');
    // Once an office exists, only its administrator may point the desk elsewhere.
    const anonymous = await again.call('store.connect', input);
    expect(anonymous.ok || anonymous.error.code).toBe('FORBIDDEN');
    await again.core.close();
  });

  it('moves an office from the desk file to the server: proved, then the desk works there, signed in as before', async () => {
    const dataDir = tempDir();
    const input = typed(await database());
    const test = await openTestCore(dataDir, undefined, { distribution: { autoStart: false } });
    const admin = await setUpOffice(test);
    await test.value('contacts.create', contactInput('Wartawan Pindahan'), admin);

    const anonymous = await test.call('store.move', input);
    expect(anonymous.ok || anonymous.error.code).toBe('UNAUTHENTICATED');

    const moved = await test.value('store.move', input, admin);
    expect(moved.attachments).toBeGreaterThanOrEqual(0);
    expect(moved.rows).toBeGreaterThan(0);
    expect(test.core.store.dialect).toBe('postgres');
    // The same session goes on: sessions moved with the office.
    const contacts = await test.value('contacts.list', { query: 'Pindahan' }, admin);
    expect(contacts.items.map((contact) => contact.fullName)).toEqual(['Wartawan Pindahan']);
    const trail = await test.value('audit.list', { limit: 1 }, admin);
    expect(trail.events[0]).toMatchObject({ action: 'office.movedToServer' });

    // A second desk's office cannot be moved into it.
    const other = await openTestCore(tempDir(), undefined, { distribution: { autoStart: false } });
    const otherAdmin = await setUpOffice(other);
    const refused = await other.call('store.move', input, otherAdmin);
    expect(refused.ok || refused.error.details?.reason).toBe('serverNotEmpty');
    expect(other.core.store.dialect).toBe('sqlite');
    await other.core.close();
    await test.core.close();
  });

  it('a desk whose server cannot be reached waits for it, says why, and recovers when pointed right', async () => {
    const dataDir = tempDir();
    const input = typed(await database());
    const setup = await openTestCore(dataDir, undefined, { distribution: { autoStart: false } });
    await setup.value('store.connect', { ...input, settings: { ...input.settings } });
    await setUpOffice(setup);
    await setup.core.close();

    // The desk's settings now name a port nobody listens on (the server moved).
    const settingsPath = join(dataDir, 'office-server.json');
    const stored = JSON.parse(readFileSync(settingsPath, 'utf8')) as { server: { port: number } };
    stored.server.port = 1;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(settingsPath, JSON.stringify(stored));

    const waiting = await openTestCore(dataDir, undefined, { distribution: { autoStart: false } });
    expect(await waiting.value('store.status', {})).toMatchObject({
      kind: 'server',
      unreachable: 'serverUnreachable',
    });
    const status = await waiting.call('office.status', {});
    expect(status.ok || status.error.details).toMatchObject({
      reason: 'serverUnavailable',
      cause: 'serverUnreachable',
    });

    await waiting.value('store.connect', input);
    expect(await waiting.value('office.status', {})).toMatchObject({ configured: true });
    const signIn = await waiting.value('accounts.login', { username: 'admin', password: adminPassword });
    expect(signIn.sessionId).toBeTruthy();
    await waiting.core.close();
  });
});
