import { describe, expect, it } from 'vitest';
import { rewriteChainFrom } from '../../../../test/auditTamper';
import { openTestCore, setUpOffice } from '../../../../test/coreHarness';
import { useTempDirs } from '../../../../test/tempDir';

// Tampering with the file is the embedded store's case (the server's files are the server's).
describe.skipIf(process.env.SIAGA_TEST_STORE === 'postgres')('the audit chain against its anchors, in the app', () => {
  const tempDir = useTempDirs();

  it('tells the auditor the chain matches its checkpoints, and names the event once it was rewritten in the file', async () => {
    const dataDir = tempDir();
    const now = () => new Date('2026-11-28T02:00:00.000Z');
    const first = await openTestCore(dataDir, now);
    await setUpOffice(first);
    // Closing writes a checkpoint of the head.
    await first.core.close();

    const second = await openTestCore(dataDir, now);
    const admin = (await second.value('accounts.login', { username: 'admin', password: 'Admin-Siaga-2026' })).sessionId;
    const sound = await second.value('audit.anchors', {}, admin);
    expect(sound).toMatchObject({ ok: true, checkpoints: 1, backups: 0, authenticated: true, problems: [] });
    expect(sound.upToSeq).toBeGreaterThan(2);
    await second.core.close();

    rewriteChainFrom(dataDir, 2);
    const third = await openTestCore(dataDir, now);
    try {
      const session = (await third.value('accounts.login', { username: 'admin', password: 'Admin-Siaga-2026' }))
        .sessionId;
      const report = await third.value('audit.anchors', {}, session);
      expect(report.ok).toBe(false);
      expect(report.problems[0]).toMatchObject({ kind: 'rewritten', seq: sound.upToSeq, source: 'checkpoint' });
    } finally {
      await third.core.close();
    }
  });
});
