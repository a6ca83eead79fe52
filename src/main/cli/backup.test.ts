import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactInput } from '../../../test/contactsHarness';
import { openTestCore, setUpOffice } from '../../../test/coreHarness';
import { useTempDirs } from '../../../test/tempDir';
import { runCli } from './run';
import { captureIo as io } from '../../../test/cliHarness';

describe('siaga backup and restore', () => {
  const tempDir = useTempDirs();

  /** A store with an office and one journalist; returns the admin session's contact count helper. */
  async function storeWithOneContact(dataDir: string) {
    const test = await openTestCore(dataDir, undefined, { distribution: { autoStart: false } });
    const admin = await setUpOffice(test);
    await test.value('contacts.create', contactInput('Sebelum Cadangan'), admin);
    await test.core.close();
  }

  async function contactNames(dataDir: string): Promise<string[]> {
    const test = await openTestCore(dataDir, undefined, { distribution: { autoStart: false } });
    try {
      const rows = await test.core.store.connection.db.selectFrom('contact').select('full_name').execute();
      return rows.map((row) => row.full_name).sort();
    } finally {
      await test.core.close();
    }
  }

  it('backs up into the backup folder and restores it; a copy with one byte flipped is refused and nothing changes', async () => {
    const dataDir = tempDir();
    await storeWithOneContact(dataDir);

    const taken = io();
    expect(await runCli(['backup', '--data-dir', dataDir], taken.io)).toBe(0);
    const entry = JSON.parse(taken.out.join('\n')) as { folder: string; file: string; auditHead: { seq: number } };
    expect(entry.folder).toBe(join(dataDir, 'backups'));
    const backupFile = join(entry.folder, entry.file);

    // Work after the backup, which the restore takes back.
    const test = await openTestCore(dataDir, undefined, { distribution: { autoStart: false } });
    const { sessionId } = await test.value('accounts.login', { username: 'admin', password: 'Admin-Siaga-2026' });
    await test.value('contacts.create', contactInput('Sesudah Cadangan'), sessionId);
    await test.core.close();

    // One flipped byte in a copy that keeps the manifest beside it.
    const tampered = join(tempDir(), entry.file);
    copyFileSync(backupFile, tampered);
    copyFileSync(`${backupFile}.manifest.json`, `${tampered}.manifest.json`);
    const bytes = readFileSync(tampered);
    bytes[bytes.length - 100]! ^= 0x10;
    writeFileSync(tampered, bytes);
    const refused = io();
    expect(await runCli(['restore', '--data-dir', dataDir, '--from', tampered], refused.io)).toBe(1);
    expect(refused.err.join('\n')).toContain('SHA-256 does not match');
    expect(await contactNames(dataDir)).toEqual(['Sebelum Cadangan', 'Sesudah Cadangan']);

    const restored = io();
    expect(await runCli(['restore', '--data-dir', dataDir, '--from', backupFile], restored.io)).toBe(0);
    const outcome = JSON.parse(restored.out.join('\n')) as { setAside: string; jobsHeld: number };
    expect(outcome.setAside).toContain(join(dataDir, 'set-aside'));
    expect(await contactNames(dataDir)).toEqual(['Sebelum Cadangan']);

    const verified = io();
    expect(await runCli(['verify', '--data-dir', dataDir], verified.io)).toBe(0);
    expect(verified.out.join('\n')).toContain('Result: OK');
  });

  it('refuses to read a damaged store and names the backup to restore', async () => {
    const dataDir = tempDir();
    await storeWithOneContact(dataDir);
    expect(await runCli(['backup', '--data-dir', dataDir], io().io)).toBe(0);
    const file = join(dataDir, 'siaga.sqlite');
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096 * 2, 4096 * 6);
    writeFileSync(file, bytes);

    const info = io();
    expect(await runCli(['info', '--data-dir', dataDir], info.io)).toBe(1);
    const text = info.err.join('\n');
    expect(text).toContain('is damaged');
    expect(text).toMatch(/siaga restore --from ".*siaga-\d{8}T\d{6}Z\.sqlite"/);
  });
});
