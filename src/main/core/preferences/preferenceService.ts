import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { WriteScope } from '../kernel/writeScope';
import {
  defaultPreferences,
  preferencesSchema,
  type Preferences,
  type PreferencesPatch,
} from '../../../shared/ipc/preferences';
import { preferenceReader, preferenceWriter } from './preferenceRepository';

/**
 * Stored values are merged over the defaults one key at a time, so a value that an older or
 * newer build wrote in a shape this build does not accept falls back to its default instead of
 * breaking the whole preferences screen.
 */
function mergeOverDefaults(stored: Map<string, unknown>): Preferences {
  const merged: Record<string, unknown> = { ...defaultPreferences };
  for (const key of Object.keys(defaultPreferences) as (keyof Preferences)[]) {
    const field = preferencesSchema.shape[key].safeParse(stored.get(key));
    if (field.success) merged[key] = field.data;
  }
  return preferencesSchema.parse(merged);
}

/** The installation's UI preferences, defaults filled in. */
export async function readPreferences(db: Kysely<Database>): Promise<Preferences> {
  return mergeOverDefaults(await preferenceReader(db).readAll());
}

/**
 * Applies a partial update; audited when something changed (the write's actor is null when it was
 * changed on the sign-in screen: the channel is public).
 */
export async function updatePreferences(w: WriteScope, patch: PreferencesPatch): Promise<Preferences> {
  const { trx, at } = w;
  const writer = preferenceWriter(trx);
  const before = mergeOverDefaults(await preferenceReader(trx).readAll());
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) await writer.write(key, value, at);
  }
  const next = mergeOverDefaults(await preferenceReader(trx).readAll());
  const changed = (Object.keys(next) as (keyof Preferences)[]).filter((key) => before[key] !== next[key]);
  if (changed.length > 0) {
    const data = Object.fromEntries(changed.map((key) => [key, next[key]]));
    await w.audit('preferences.updated', 'preferences', 'ui', data);
  }
  w.emit('preferences.changed', next);
  return next;
}
