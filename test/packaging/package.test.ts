import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractAll, listPackage } from '@electron/asar';
import BetterSqlite3 from 'better-sqlite3';
import { build, Platform } from 'electron-builder';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDatabaseFile } from '../../src/main/core/db/backup';
import { migrations } from '../../src/main/core/db/migrations';
import { backupDirName, databaseFileIn, openStore } from '../../src/main/core/db/store';
import { insertAccount } from '../migrationRows';
import { useTempDirs } from '../tempDir';
import { releasedSchemas } from './releasedSchemas';

const root = join(__dirname, '..', '..');

/**
 * Packs the app with electron-builder's real configuration, using a stand-in Electron folder
 * (the binary cannot be downloaded here, TOOLCHAIN.md), and checks what went into app.asar.
 * `npm test` builds before vitest; run alone, this test builds first.
 */
describe('packaging', () => {
  const tempDir = useTempDirs();
  // One package for every test here (packing takes most of a minute).
  const output = mkdtempSync(join(tmpdir(), 'siaga-package-'));
  const resources = join(output, 'linux-unpacked', 'resources');
  const asar = join(resources, 'app.asar');
  const extracted = join(output, 'x');
  afterAll(() => rmSync(output, { recursive: true, force: true }));

  beforeAll(async () => {
    if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
      execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'pipe' });
    }
    const electronDist = join(output, 'electron-stand-in');
    mkdirSync(electronDist);
    writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\n');
    chmodSync(join(electronDist, 'electron'), 0o755);
    writeFileSync(join(electronDist, 'LICENSE'), '');
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
    extractAll(asar, extracted);
  }, 240_000);

  it('app.asar holds the built main, worker, preload and renderer, and native modules are unpacked', () => {
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
    expect(JSON.parse(readFileSync(join(extracted, 'package.json'), 'utf8'))).toMatchObject({
      name: 'siaga',
      main: './out/main/index.js',
    });
  });

  // Installing a newer version over an office's Siaga replaces the program and keeps the data
  // folder; the new version's core then migrates the store, after a verified backup. Here the
  // packaged core (the archive's own browser-mode entry and worker, its own node_modules) opens
  // stores at each released version's schema and at the schema just before the newest migration.
  it('a newer version opens the stores of released versions: data kept, a verified backup before migrating', async () => {
    const latest = migrations.length;
    const fromSchemas = [
      ...releasedSchemas.map((release) => ({ label: `Siaga ${release.version}`, schema: release.migrations })),
      { label: 'the schema before the newest migration', schema: latest - 1 },
    ];
    for (const { label, schema } of fromSchemas) {
      const dataDir = tempDir();
      const old = await openStore({ dataDir, migrations: migrations.slice(0, schema) });
      insertAccount(old.connection.sqlite, '2026-11-28T02:00:00.000Z');
      await old.close();

      await runPackagedOnce(extracted, dataDir);

      expect(storeFacts(databaseFileIn(dataDir)), label).toEqual({ migrations: latest, account: 'penyusun' });
      const backups = readdirSync(join(dataDir, backupDirName)).filter((name) => name.startsWith('pre-migration-'));
      if (schema === latest) {
        expect(backups, label).toEqual([]);
        continue;
      }
      expect(backups, label).toHaveLength(1);
      expect(backups[0], label).toMatch(new RegExp(`^pre-migration-v${schema}-to-v${latest}-.*\\.sqlite$`));
      const backup = join(dataDir, backupDirName, backups[0]!);
      expect(verifyDatabaseFile(backup).ok, label).toBe(true);
      // The backup is of the store before the migration.
      expect(storeFacts(backup), label).toEqual({ migrations: schema, account: 'penyusun' });
    }
  }, 120_000);
});

/** What the upgrade must keep and change in a store file: its migrations and the test account. */
function storeFacts(file: string): { migrations: number; account: string | undefined } {
  const store = new BetterSqlite3(file, { readonly: true });
  try {
    const migrations = (store.prepare('select count(*) as n from schema_migration').get() as { n: number }).n;
    const account = store.prepare("select username from account where id = 'a1'").get() as
      { username: string } | undefined;
    return { migrations, account: account?.username };
  } finally {
    store.close();
  }
}

/**
 * Starts the packaged app's browser-mode entry on a data folder with Node (the stand-in Electron
 * cannot run), waits until it serves, and stops it cleanly (SIGTERM closes the store).
 */
function runPackagedOnce(app: string, dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(app, 'out', 'main', 'web.js'), '--data-dir', dataDir, '--port', '0'], {
      cwd: app,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SIAGA_DATA_DIR: '' },
    });
    let said = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const listen = (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Siaga web: http://127.0.0.1:')) child.kill('SIGTERM');
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (said.includes('Siaga web:') && code === 0) resolve();
      else reject(new Error(`the packaged app did not start and stop cleanly (exit ${code}):\n${said}`));
    });
  });
}
