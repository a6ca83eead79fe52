import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface PreferenceReader {
  readAll(): Promise<Map<string, unknown>>;
}

export interface PreferenceWriter {
  write(key: string, value: unknown, at: string): Promise<void>;
}

export function preferenceReader(db: Kysely<Database>): PreferenceReader {
  return {
    async readAll() {
      const rows = await db.selectFrom('preference').select(['key', 'value_json']).execute();
      return new Map(rows.map((row) => [row.key, JSON.parse(row.value_json) as unknown]));
    },
  };
}

export function preferenceWriter(db: Kysely<Database>): PreferenceWriter {
  return {
    async write(key, value, at) {
      const valueJson = JSON.stringify(value);
      await db
        .insertInto('preference')
        .values({ key, value_json: valueJson, updated_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: valueJson, updated_at: at }))
        .execute();
    },
  };
}
