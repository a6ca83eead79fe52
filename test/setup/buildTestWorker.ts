import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { crashChildPath, fixtureWorkerPath, outboxChildPath, testWorkerPath } from './testWorker';

/**
 * A worker thread needs JavaScript on disk. Bundle the real core worker (and a fixture worker
 * that misbehaves on purpose) once per run, the same way electron-vite bundles it for the app.
 */
export default async function buildTestWorker(): Promise<void> {
  const root = join(__dirname, '..', '..');
  // Runtime dependencies stay external, as electron-vite keeps them (jsdom, for one, reads its
  // own files at run time and cannot be bundled).
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: Object.keys(pkg.dependencies),
    logLevel: 'warning',
  };
  await build({ ...common, entryPoints: [join(root, 'src/main/core/worker.ts')], outfile: testWorkerPath });
  await build({ ...common, entryPoints: [join(root, 'test/fixtures/fixtureWorker.ts')], outfile: fixtureWorkerPath });
  await build({ ...common, entryPoints: [join(root, 'test/fixtures/outboxChild.ts')], outfile: outboxChildPath });
  await build({ ...common, entryPoints: [join(root, 'test/fixtures/crashChild.ts')], outfile: crashChildPath });
}
