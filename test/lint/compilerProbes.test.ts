import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

/**
 * Type-checks snippets as if they were files of the core, under `tsconfig.core.json`, all in one
 * program (building it is the slow part), and returns each snippet's diagnostics.
 */
function coreDiagnostics(probes: Record<string, string>): Record<string, string[]> {
  const configPath = join(root, 'tsconfig.core.json');
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
  const files = new Map(
    Object.entries(probes).map(([name, code]) => [join(root, 'src/main/core', `${name}.ts`), code]),
  );
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const program = ts.createProgram([...files.keys()], parsed.options, host);
  return Object.fromEntries(
    [...files.keys()].map((file, index) => [
      Object.keys(probes)[index]!,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(file))
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')),
    ]),
  );
}

describe('the compiler holds the core to its boundaries (tsconfig.core.json)', () => {
  const results = coreDiagnostics({
    probeDocument: 'export const title = document.title;\n',
    probeWindow: 'export const width = window.innerWidth;\n',
    probeElectron: "import { app } from 'electron';\nexport const a = app;\n",
    probeReact: "import { useState } from 'react';\nexport const u = useState;\n",
    probeMantine: "import { Button } from '@mantine/core';\nexport const b = Button;\n",
    probeJsdom: "import { JSDOM } from 'jsdom';\nexport const d = new JSDOM('').window.document;\n",
    probeMissingHandler:
      "import type { HandlersFor } from './kernel/handlers';\nexport const h: HandlersFor<'app.info'> = {};\n",
    probeUnknownChannel:
      "import type { HandlersFor } from './kernel/handlers';\nexport type H = HandlersFor<'app.nothingHere'>;\n",
    probeWrongDomain: [
      "import { z } from 'zod';",
      "import { signedInRead, type DomainChannels } from '../../shared/ipc/channelSpec';",
      "export const m = { 'statements.peek': { input: z.object({}), output: z.object({}), policy: signedInRead } } satisfies DomainChannels<'contacts'>;",
      '',
    ].join('\n'),
    probeAllowed: [
      "import { readFile } from 'node:fs/promises';",
      "import type { HandlersFor } from './kernel/handlers';",
      'export const r = readFile;',
      "export type H = HandlersFor<'app.info'>;",
      '',
    ].join('\n'),
  });

  it('has no DOM: document and window do not exist in the core', () => {
    expect(results.probeDocument?.join(' ')).toMatch(/Cannot find name 'document'/);
    expect(results.probeWindow?.join(' ')).toMatch(/Cannot find name 'window'/);
  });

  it('has no Electron and no interface packages', () => {
    for (const probe of ['probeElectron', 'probeReact', 'probeMantine'])
      expect(results[probe]?.join(' '), probe).toMatch(/has no exported member/);
  });

  it('reaches jsdom only as a window to hand on, never its document', () => {
    expect(results.probeJsdom?.join(' ')).toMatch(/Property 'document' does not exist/);
  });

  it('refuses a channel without a handler, a handler without a channel, and a channel in another domain', () => {
    expect(results.probeMissingHandler?.join(' ')).toMatch(/Property '"app.info"' is missing/);
    expect(results.probeUnknownChannel?.join(' ')).toMatch(/does not satisfy the constraint/);
    expect(results.probeWrongDomain?.join(' ')).toMatch(/'statements.peek'/);
  });

  it('lets the core use Node and its own kernel', () => {
    expect(results.probeAllowed).toEqual([]);
  });
});
