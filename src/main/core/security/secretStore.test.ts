import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/tempDir';
import { fileSecretStore } from './secretStore';

describe('the file secret store of browser mode and the CLI', () => {
  const tempDir = useTempDirs();

  it('keeps a secret in a file only the user can read, and forgets it', async () => {
    const dataDir = tempDir();
    const store = fileSecretStore(dataDir);
    expect(await store.read('smtpPassword')).toBeNull();
    await store.write('smtpPassword', 'rahasia kantor ✓');
    expect(await store.read('smtpPassword')).toBe('rahasia kantor ✓');
    if (process.platform !== 'win32') {
      expect(statSync(join(dataDir, 'secrets', 'smtpPassword')).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, 'secrets')).mode & 0o777).toBe(0o700);
    }
    await store.write('smtpPassword', null);
    expect(await store.read('smtpPassword')).toBeNull();
  });
});
