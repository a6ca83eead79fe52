import { describe, expect, it } from 'vitest';
import { testI18n } from '../../test/testI18n';
import { durationText } from './hoaxLabels';

describe('time to clarify in words', () => {
  it('reads minutes, hours and days in both languages', () => {
    const id = testI18n('id').t;
    expect(durationText(id, null)).toBe('—');
    expect(durationText(id, 45)).toBe('45 menit');
    expect(durationText(id, 97)).toBe('1 jam 37 menit');
    expect(durationText(id, 120)).toBe('2 jam');
    expect(durationText(id, 3 * 1440 + 250)).toBe('3 hari 4 jam');
    expect(durationText(testI18n('en').t, 97)).toBe('1 h 37 min');
  });
});
