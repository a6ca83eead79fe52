import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/tempDir';
import { openConnection } from './connection';
import { readPragmas, requiredPragmas } from './pragmas';

describe('openConnection', () => {
  const tempDir = useTempDirs();

  it('sets every required pragma and reads it back', async () => {
    const connection = openConnection(join(tempDir(), 'a.sqlite'));
    try {
      expect(connection.pragmas).toEqual({
        journal_mode: 'wal',
        synchronous: 2,
        foreign_keys: 1,
        busy_timeout: 5000,
        temp_store: 2,
        trusted_schema: 0,
        secure_delete: 1,
      });
      expect(readPragmas(connection.sqlite)).toEqual(connection.pragmas);
      expect(Object.keys(connection.pragmas)).toEqual(requiredPragmas.map((rule) => rule.name));
    } finally {
      await connection.close();
    }
  });

  it('applies the pragmas again on every open, not only at creation', async () => {
    const file = join(tempDir(), 'b.sqlite');
    await openConnection(file).close();
    const again = openConnection(file);
    try {
      expect(again.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(again.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      await again.close();
    }
  });

  it('refuses to create a missing file when it must exist', () => {
    expect(() => openConnection(join(tempDir(), 'missing.sqlite'), { mustExist: true })).toThrow();
  });
});
