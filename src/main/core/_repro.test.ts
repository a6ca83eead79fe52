import { it } from 'vitest';
import { openTestCore, setUpOffice } from '../../../test/coreHarness';
import { useTempDirs } from '../../../test/tempDir';
const tempDir = useTempDirs();
it('repro', async () => {
  const test = await openTestCore(tempDir());
  const admin = await setUpOffice(test);
  for (const [ch, input] of [
    ['statements.list', { query: 'a\u0000b' }],
    ['contacts.list', { query: 'a\u0000b' }],
    ['contacts.list', { tags: ['a\u0000b'] }],
    ['hoaxes.list', { query: 'a\u0000b' }],
    ['contacts.export', { filter: { query: 'a\u0000b' }, format: 'csv' }],
    ['contacts.saveList', { name: 'x', kind: 'segment', description: '', filter: { query: 'a\u0000b' } }],
    ['contacts.lists', {}],
  ] as const) {
    const r = await test.call(ch as never, input as never, admin);
    console.log(ch, JSON.stringify(r).slice(0, 300));
  }
  await test.core.close();
});
