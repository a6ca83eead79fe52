import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAll, listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../tempDir';

const root = join(__dirname, '..', '..');

/**
 * Packs the app with electron-builder's real configuration, using a stand-in Electron folder
 * (the binary cannot be downloaded here, TOOLCHAIN.md), and checks what went into app.asar.
 * `npm test` builds before vitest; run alone, this test builds first.
 */
describe('packaging', () => {
  const tempDir = useTempDirs();

  beforeAll(() => {
    if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
      execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'pipe' });
    }
  }, 120_000);

  it('app.asar holds the built main, worker, preload and renderer, and native modules are unpacked', async () => {
    const electronDist = tempDir();
    writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\n');
    chmodSync(join(electronDist, 'electron'), 0o755);
    writeFileSync(join(electronDist, 'LICENSE'), '');
    const output = tempDir();
    const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      config: {
        ...config,
        electronDist,
        electronVersion: '45.5.0',
        // Fuses are flipped inside the real Electron binary; the stand-in has none.
        electronFuses: null,
        directories: { ...(config.directories as object), output },
      },
    });
    const resources = join(output, 'linux-unpacked', 'resources');
    const asar = join(resources, 'app.asar');
    const files = listPackage(asar, { isPack: false }).map((file) => file.replace(/\\/g, '/'));
    for (const expected of [
      '/out/main/index.js',
      '/out/main/worker.js',
      '/out/main/web.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
      '/package.json',
      '/resources/schemas/CAP-v1.2.xsd',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.some((file) => file.startsWith('/out/renderer/assets/') && file.endsWith('.js'))).toBe(true);
    expect(files.some((file) => file.startsWith('/src/'))).toBe(false);
    expect(files.some((file) => file.includes('node_modules/better-sqlite3'))).toBe(true);
    expect(files.some((file) => file.includes('node_modules/react/'))).toBe(false);
    expect(
      existsSync(
        join(
          resources,
          'app.asar.unpacked',
          'node_modules',
          'better-sqlite3',
          'build',
          'Release',
          'better_sqlite3.node',
        ),
      ),
    ).toBe(true);
    // The CAP validator's worker and WebAssembly are real files beside the archive.
    for (const file of ['xmllint-node.js', 'xmllint.wasm']) {
      expect(existsSync(join(resources, 'app.asar.unpacked', 'node_modules', 'xmllint-wasm', file))).toBe(true);
    }
    mkdirSync(join(output, 'x'));
    extractAll(asar, join(output, 'x'));
    expect(JSON.parse(readFileSync(join(output, 'x', 'package.json'), 'utf8'))).toMatchObject({
      name: 'siaga',
      main: './out/main/index.js',
    });
  }, 120_000);
});
