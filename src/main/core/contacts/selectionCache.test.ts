import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../kernel/eventBus';
import { createSelectionCache } from './selectionCache';

describe('the selection cache', () => {
  let dir: string;
  let desk: BetterSqlite3.Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'siaga-selection-'));
    desk = new BetterSqlite3(join(dir, 'store.sqlite'));
    desk.pragma('journal_mode = WAL');
    desk.exec('create table contact (id text primary key)');
  });
  afterEach(() => {
    desk.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const selection = { total: 2, ids: ['a', 'b'] };

  it('keeps a selection until this connection writes anything', () => {
    const cache = createSelectionCache({ sqlite: desk, events: createEventBus(() => undefined) });
    cache.set('k', selection, cache.get('k').stamp);
    expect(cache.get('k').known).toEqual(selection);
    desk.prepare("insert into contact values ('c')").run();
    expect(cache.get('k').known).toBeUndefined();
  });

  it('forgets when another process writes the file (the command line)', () => {
    const cache = createSelectionCache({ sqlite: desk, events: createEventBus(() => undefined) });
    cache.set('k', selection, cache.get('k').stamp);
    const other = new BetterSqlite3(join(dir, 'store.sqlite'));
    other.prepare("insert into contact values ('d')").run();
    other.close();
    expect(cache.get('k').known).toBeUndefined();
  });

  it('forgets on any event but progress (the office server: other desks arrive as events)', () => {
    const events = createEventBus(() => undefined);
    const cache = createSelectionCache({ sqlite: null, events });
    cache.set('k', selection, cache.get('k').stamp);
    events.emit('contacts.importProgress', { importId: 'x', phase: 'checking', done: 1, total: 2 });
    expect(cache.get('k').known).toEqual(selection);
    events.emit('contacts.changed', { contactId: null });
    expect(cache.get('k').known).toBeUndefined();
  });

  it('does not keep a selection counted across a write', () => {
    const cache = createSelectionCache({ sqlite: desk, events: createEventBus(() => undefined) });
    const { stamp } = cache.get('k');
    desk.prepare("insert into contact values ('e')").run(); // lands while the count was running
    cache.set('k', selection, stamp);
    expect(cache.get('k').known).toBeUndefined();
  });
});
