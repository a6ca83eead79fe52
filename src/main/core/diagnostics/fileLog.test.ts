import { appendFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/tempDir';
import { createFileLog, redact } from './fileLog';

describe("the desk's error log", () => {
  const tempDir = useTempDirs();

  it('keeps each error as one line, newest first, rotating at its size and dropping the oldest file', () => {
    const dir = join(tempDir(), 'logs');
    let at = Date.parse('2026-12-04T03:00:00.000Z');
    const log = createFileLog(dir, { source: 'core', maxBytes: 2000, files: 3, now: () => new Date((at += 1000)) });
    for (let n = 1; n <= 12; n++)
      log.error(`poll ${n} failed`, Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    expect(readdirSync(dir).sort()).toEqual(['siaga.1.log', 'siaga.2.log', 'siaga.log']);
    for (const name of readdirSync(dir)) {
      expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(2000);
      if (process.platform !== 'win32') expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    }
    const recent = log.recent(100);
    expect(recent[0]).toMatchObject({
      source: 'core',
      level: 'error',
      message: 'poll 12 failed',
      error: { name: 'Error', message: 'socket hang up', code: 'ECONNRESET' },
    });
    expect(recent[0]!.error!.stack!.every((frame) => frame.startsWith('at '))).toBe(true);
    // Newest first across the files; the oldest were dropped with the fourth file.
    const numbers = recent.map((entry) => Number(/poll (\d+)/.exec(entry.message)?.[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(numbers.at(-1)).toBeGreaterThan(1);
    expect(log.recent(2)).toHaveLength(2);
  });

  it('skips a line a crash cut short', () => {
    const dir = join(tempDir(), 'logs');
    const log = createFileLog(dir, { source: 'shell' });
    log.error('first');
    appendFileSync(join(dir, 'siaga.log'), '{"at":"2026-12-04T0');
    expect(log.recent(10).map((entry) => entry.message)).toEqual(['first']);
  });

  it('never keeps a password, an e-mail address, a phone number or a value from a record', () => {
    expect(redact('connect postgres://siaga_app:Rahasia-123@db.kantor:5432/siaga failed')).toBe(
      'connect postgres://siaga_app:***@db.kantor:5432/siaga failed',
    );
    expect(redact('mail to sari.dewi@kompas.co.id bounced')).toBe('mail to [e-mail] bounced');
    expect(redact('WhatsApp +62 812-3456-7890 unreachable')).toBe('WhatsApp [number] unreachable');
    expect(redact('duplicate key value violates unique constraint "contact_email" Key (email)=(x@y.id)')).toBe(
      'duplicate key value violates unique constraint "contact_email" Key (email)=(…)',
    );
    expect(redact("no such contact 'Sari Dewi'")).toBe("no such contact '…'");
    const dir = join(tempDir(), 'logs');
    const log = createFileLog(dir, { source: 'core' });
    log.error('send to sari.dewi@kompas.co.id failed', new Error('550 sari.dewi@kompas.co.id unknown'));
    expect(JSON.stringify(log.recent(1))).not.toContain('kompas.co.id');
  });
});
