import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountWithRoles, adminProfile, openTestCore, setUpOffice } from '../../../../test/coreHarness';
import { failure } from '../../../../test/statementsTeam';
import { useTempDirs } from '../../../../test/tempDir';
import { latestSchemaVersion } from '../db/migrations';
import { createFileLog } from './fileLog';
import type { DiagnosticsBundle } from './diagnosticsBundle';

describe('the diagnostics a desk hands its IT person', () => {
  const tempDir = useTempDirs();

  it('gives the administrator versions, the checks, sizes, queues and the recent errors, with no one’s data', async () => {
    const dataDir = tempDir();
    const test = await openTestCore(dataDir);
    const admin = await setUpOffice(test);
    const { sessionId: staff } = await accountWithRoles(test, admin, 'staf', ['drafter']);
    // An error the desk logged earlier (another process of the desk writes the same log).
    createFileLog(join(dataDir, 'logs'), { source: 'shell' }).error(
      'sending to sari.dewi@kompas.co.id failed',
      new Error('connect ECONNREFUSED 10.0.0.5:587'),
    );

    expect(failure(await test.call('app.diagnostics', {}, staff))).toMatchObject({ code: 'FORBIDDEN' });
    const file = await test.value('app.diagnostics', {}, admin);
    expect(file).toMatchObject({
      mimeType: 'application/json',
      fileName: expect.stringMatching(/^siaga-diagnostik-\d{8}-\d{4}\.json$/),
    });
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    const bundle = JSON.parse(text) as DiagnosticsBundle;
    expect(bundle.app).toEqual({
      version: expect.any(String),
      schemaVersion: latestSchemaVersion,
      latestSchemaVersion,
    });
    expect(bundle.runtime).toMatchObject({ node: process.versions.node, electron: null, platform: process.platform });
    expect(bundle.store).toMatchObject({
      kind: test.core.store.dialect === 'sqlite' ? 'embedded' : 'server',
      // The test core is not told otherwise: its own folder.
      folderFor: 'account',
    });
    expect(bundle.checks.length).toBeGreaterThan(2);
    expect(bundle.checks.every((check) => check.ok)).toBe(true);
    expect(bundle.tables.find((row) => row.table === 'account')?.rows).toBe(2);
    expect(bundle.queues).toEqual({ outbox: {}, feeds: 0, feedsFailing: 0 });
    expect(bundle.recentErrors[0]).toMatchObject({
      source: 'shell',
      message: 'sending to [e-mail] failed',
      error: { message: 'connect ECONNREFUSED 10.0.0.5:587' },
    });
    // No one's data: not the administrator's name or address, not the journalist's.
    expect(text).not.toContain(adminProfile.email);
    expect(text).not.toContain(adminProfile.fullName);
    expect(text).not.toContain('kompas.co.id');
    await test.core.close();
  });
});
