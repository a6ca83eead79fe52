import { describe, expect, it } from 'vitest';
import { parseWebArgs } from './args';

describe('parseWebArgs', () => {
  it('reads --data-dir and --port', () => {
    expect(parseWebArgs(['--data-dir', '/d', '--port', '8080'])).toEqual({
      dataDir: '/d',
      databaseUrl: undefined,
      port: 8080,
    });
    expect(parseWebArgs([])).toEqual({ dataDir: undefined, databaseUrl: undefined, port: 0 });
  });

  it('takes the office server from --database-url, else SIAGA_DATABASE_URL; the flag wins', () => {
    const env = { SIAGA_DATABASE_URL: 'postgres://siaga@env-host/siaga' };
    expect(parseWebArgs([], env).databaseUrl).toBe('postgres://siaga@env-host/siaga');
    expect(parseWebArgs(['--database-url', 'postgresql://siaga@flag/siaga'], env).databaseUrl).toBe(
      'postgresql://siaga@flag/siaga',
    );
    expect(parseWebArgs([], { SIAGA_DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(() => parseWebArgs(['--database-url', 'mysql://x/y'])).toThrow(/postgres:\/\//);
  });

  it('refuses unknown flags and bad ports', () => {
    expect(() => parseWebArgs(['--host', '0.0.0.0'])).toThrow();
    expect(() => parseWebArgs(['--port', 'abc'])).toThrow(/Invalid port/);
    expect(() => parseWebArgs(['--port', '70000'])).toThrow(/Invalid port/);
  });
});
