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

  it('each event names the channels it makes stale once, and every domain event its own domain', () => {
    for (const [event, spec] of Object.entries(events)) {
      if (spec.invalidates === 'everything') continue;
      expect(new Set(spec.invalidates).size, event).toBe(spec.invalidates.length);
      for (const channel of spec.invalidates) expect(isChannel(channel), `${event} → ${channel}`).toBe(true);
      // A change event that leaves its own domain's views fresh would be a forgotten entry.
      const domain = event.split('.')[0];
      if (event.endsWith('.changed'))
        expect(
          spec.invalidates.some((c) => c.startsWith(`${domain}.`)),
          event,
        ).toBe(true);
    }
  });

  it('only a restore, a change of store and a desk hearing the others again make every answer stale', () => {
    const everything = Object.entries(events).filter(([, spec]) => spec.invalidates === 'everything');
    expect(everything.map(([event]) => event)).toEqual(['backups.restored', 'store.switched', 'store.reconnected']);
  });

  it('refuses unknown keys in a preferences patch', () => {
    expect(preferencesPatchSchema.safeParse({ language: 'en' }).success).toBe(true);
    expect(preferencesPatchSchema.safeParse({ lang: 'en' }).success).toBe(false);
    expect(contract['app.info'].input.safeParse({}).success).toBe(true);
  });
});
