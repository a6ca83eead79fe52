import { beforeEach, describe, expect, it } from 'vitest';
import { loadSeen, saveSeen } from './seenNotices';

describe('notices already shown, per person', () => {
  beforeEach(() => localStorage.clear());

  it('remembers each person’s own, keeping the newest 500', () => {
    saveSeen(localStorage, 'a1', new Set(Array.from({ length: 600 }, (_, index) => `approval:s${index}:1`)));
    saveSeen(localStorage, 'a2', new Set(['hoax:h1']));
    const mine = loadSeen(localStorage, 'a1');
    expect(mine.size).toBe(500);
    expect(mine.has('approval:s599:1')).toBe(true);
    expect(mine.has('approval:s0:1')).toBe(false);
    expect([...loadSeen(localStorage, 'a2')]).toEqual(['hoax:h1']);
    expect(loadSeen(localStorage, 'a3').size).toBe(0);
  });

  it('treats damaged storage as nothing seen (a notice may repeat, nothing breaks)', () => {
    localStorage.setItem('siaga.notices.seen.a1', '{not json');
    expect(loadSeen(localStorage, 'a1').size).toBe(0);
    localStorage.setItem('siaga.notices.seen.a1', JSON.stringify(['ok', 3, null]));
    expect([...loadSeen(localStorage, 'a1')]).toEqual(['ok']);
  });
});
