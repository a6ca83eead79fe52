import { describe, expect, it } from 'vitest';
import { channels, contract, events, isChannel, isEventName } from './contract';
import { preferencesPatchSchema } from './preferences';

describe('contract', () => {
  it('names channels domain.verb', () => {
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+(\.[a-z][a-zA-Z]*)+$/);
    for (const event of Object.keys(events)) expect(event).toMatch(/^[a-z]+\.[a-z][a-zA-Z]*$/);
  });

  it('recognises only its own channel and event names', () => {
    expect(isChannel('app.info')).toBe(true);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect(isEventName('preferences.changed')).toBe(true);
    expect(isEventName('hasOwnProperty')).toBe(false);
  });

  it('refuses unknown keys in a preferences patch', () => {
    expect(preferencesPatchSchema.safeParse({ language: 'en' }).success).toBe(true);
    expect(preferencesPatchSchema.safeParse({ lang: 'en' }).success).toBe(false);
    expect(contract['app.info'].input.safeParse({}).success).toBe(true);
  });
});
