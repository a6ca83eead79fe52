import { describe, expect, it } from 'vitest';
import { parseWebArgs } from './args';

describe('parseWebArgs', () => {
  it('reads --data-dir and --port', () => {
    expect(parseWebArgs(['--data-dir', '/d', '--port', '8080'])).toEqual({ dataDir: '/d', port: 8080 });
    expect(parseWebArgs([])).toEqual({ dataDir: undefined, port: 0 });
  });

  it('refuses unknown flags and bad ports', () => {
    expect(() => parseWebArgs(['--host', '0.0.0.0'])).toThrow();
    expect(() => parseWebArgs(['--port', 'abc'])).toThrow(/Invalid port/);
    expect(() => parseWebArgs(['--port', '70000'])).toThrow(/Invalid port/);
  });
});
