import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a snippet as if it lived at `filePath`, and returns the boundary rule's messages. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: join(__dirname, '..', '..') });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('layer boundaries are lint errors', () => {
  it('core may not import electron', async () => {
    const errors = await boundaryErrors(
      'src/main/core/anything.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('core may not import the shell, the web bridge, the demo seeders or the renderer', async () => {
    for (const path of ['../shell/ipcBridge', '../web/server', '../demo/index', '../../renderer/src/app/App']) {
      expect(
        await boundaryErrors('src/main/core/x.ts', `import { a } from '${path}';\nexport const b = a;\n`),
      ).toHaveLength(1);
    }
  });

  it('the renderer may not import from src/main or Node built-ins', async () => {
    const fromMain = await boundaryErrors(
      'src/renderer/src/x.ts',
      "import { createCore } from '../../main/core/core';\nexport const c = createCore;\n",
    );
    expect(fromMain).toHaveLength(1);
    const fromNode = await boundaryErrors(
      'src/renderer/src/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    );
    expect(fromNode).toHaveLength(1);
  });

  it('shared code may not import Node, electron or React', async () => {
    for (const module of ['fs', 'node:path', 'electron', 'react']) {
      expect(
        await boundaryErrors('src/shared/x.ts', `import * as m from '${module}';\nexport const n = m;\n`),
      ).toHaveLength(1);
    }
  });

  it('the preload may import only shared/ipc', async () => {
    expect(
      await boundaryErrors('src/preload/x.ts', "import { a } from '../shared/ipc/contract';\nexport const b = a;\n"),
    ).toHaveLength(0);
    expect(
      await boundaryErrors('src/preload/x.ts', "import { a } from '../shared/security/csp';\nexport const b = a;\n"),
    ).toHaveLength(1);
  });

  it('allowed imports pass: the shell may import electron, the renderer may import shared', async () => {
    expect(
      await boundaryErrors('src/main/shell/x.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toHaveLength(0);
    expect(
      await boundaryErrors(
        'src/renderer/src/x.ts',
        "import { a } from '../../shared/ipc/contract';\nexport const b = a;\n",
      ),
    ).toHaveLength(0);
  });

  it('the renderer may not import Node-side packages, statically or dynamically', async () => {
    for (const module of ['better-sqlite3', 'nodemailer', 'kysely', 'csv-parse/sync', 'pdfkit']) {
      expect(
        await boundaryErrors('src/renderer/src/x.ts', `import * as m from '${module}';\nexport const n = m;\n`),
        module,
      ).toHaveLength(1);
    }
    for (const module of ['better-sqlite3', 'node:fs', 'electron', '../../main/core/core']) {
      expect(
        await boundaryErrors('src/renderer/src/x.ts', `export const load = () => import('${module}');\n`),
        module,
      ).toHaveLength(1);
    }
    // Its own modules load lazily as before.
    expect(
      await boundaryErrors('src/renderer/src/x.ts', "export const load = () => import('./features/x');\n"),
    ).toEqual([]);
  });

  it('the core, the CLI and shared code may not import interface packages; nothing but the shell loads electron', async () => {
    for (const [file, module] of [
      ['src/main/core/x.ts', '@mantine/core'],
      ['src/main/core/x.ts', 'react'],
      ['src/main/cli/x.ts', '@tabler/icons-react'],
      ['src/shared/x.ts', '@tanstack/react-query'],
    ] as const) {
      expect(await boundaryErrors(file, `import * as m from '${module}';\nexport const n = m;\n`), module).toHaveLength(
        1,
      );
    }
    for (const file of ['src/main/core/x.ts', 'src/main/web/x.ts', 'src/main/cli/x.ts', 'src/shared/x.ts']) {
      expect(await boundaryErrors(file, "export const load = () => import('electron');\n"), file).toHaveLength(1);
    }
    expect(await boundaryErrors('src/main/shell/x.ts', "export const load = () => import('electron');\n")).toEqual([]);
  });

  it('a feature reaches another only through its public.ts; the shared layer never imports features or the app', async () => {
    const feature = 'src/renderer/src/features/crises/X.tsx';
    const lint = (file: string, path: string) =>
      boundaryErrors(file, `import { a } from '${path}';\nexport const b = a;\n`);
    expect(await lint(feature, '../statements/StatusBadge')).toHaveLength(1);
    expect(await lint(feature, '../hoaxes/useHoaxes')).toHaveLength(1);
    expect(await lint(feature, '../../app/AppLayout')).toHaveLength(1);
    expect(await lint(feature, '../statements/public')).toEqual([]);
    expect(await lint(feature, './useCrises')).toEqual([]);
    expect(await lint(feature, '../../components/QueryState')).toEqual([]);
    expect(await lint('src/renderer/src/components/X.tsx', '../features/crises/public')).toHaveLength(1);
    expect(await lint('src/renderer/src/api/x.ts', '../app/App')).toHaveLength(1);
  });

  it("a component calls its feature's action hooks, never a mutation by channel; hooks files may", async () => {
    const code = (name: string, path: string) => `import { ${name} } from '${path}';\nexport const b = ${name};\n`;
    const mutation = code('useChannelMutation', '../../api/channelQueries');
    expect(await boundaryErrors('src/renderer/src/features/crises/X.tsx', mutation)).toHaveLength(1);
    expect(
      await boundaryErrors('src/renderer/src/components/X.tsx', code('useChannelMutation', '../api/channelQueries')),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('src/renderer/src/app/X.tsx', code('useChannelMutation', '../api/channelQueries')),
    ).toHaveLength(1);
    // The other rules of the layer still hold beside it.
    expect(
      await boundaryErrors('src/renderer/src/features/crises/X.tsx', code('a', '../statements/StatusBadge')),
    ).toHaveLength(1);
    expect(await boundaryErrors('src/renderer/src/features/crises/useCrisisActions.ts', mutation)).toEqual([]);
    expect(
      await boundaryErrors(
        'src/renderer/src/features/crises/X.tsx',
        code('useChannelQuery', '../../api/channelQueries'),
      ),
    ).toEqual([]);
  });
});
