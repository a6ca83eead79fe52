import { describe, expect, it } from 'vitest';
import { formatBytes, shortHash } from './backupLabels';

describe('backup labels', () => {
  it('reads sizes in each language', () => {
    expect(formatBytes(512, 'id')).toBe('512 B');
    expect(formatBytes(12.4 * 1024 * 1024, 'id')).toBe('12,4 MB');
    expect(formatBytes(12.4 * 1024 * 1024, 'en')).toBe('12.4 MB');
    expect(formatBytes(300 * 1024 * 1024 * 1024, 'en')).toBe('300 GB');
  });

  it('shortens a hash to its ends', () => {
    expect(shortHash('a'.repeat(8) + 'b'.repeat(48) + 'c'.repeat(8))).toBe('aaaaaaaa…cccccccc');
    expect(shortHash('abc')).toBe('abc');
  });
});
