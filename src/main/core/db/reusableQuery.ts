import type { Compilable, CompiledQuery, Kysely } from 'kysely';

const slotMark = '\u0000slot:';

/**
 * A query the desk asks every few seconds, built and compiled once per store and then run with
 * new values. Kysely's builder costs more than SQLite takes to answer a small indexed read (a
 * quarter of a millisecond against a tenth, for the home board), so a hot read builds its SQL
 * once: `build` receives `slot(name)` to put where a value changes from call to call, and the
 * call gives the values by name. Everything else in the query is fixed at the first build.
 */
export function reusableQuery<DB, Row, Slot extends string>(
  build: (db: Kysely<DB>, slot: (name: Slot) => string) => Compilable<Row>,
): (db: Kysely<DB>, values: Record<Slot, unknown>) => Promise<Row[]> {
  const compiled = new WeakMap<Kysely<DB>, CompiledQuery<Row>>();
  return async (db, values) => {
    let query = compiled.get(db);
    if (!query) {
      query = build(db, (name) => `${slotMark}${name}`).compile();
      compiled.set(db, query);
    }
    const parameters = query.parameters.map((parameter) =>
      typeof parameter === 'string' && parameter.startsWith(slotMark)
        ? values[parameter.slice(slotMark.length) as Slot]
        : parameter,
    );
    return (await db.executeQuery<Row>({ ...query, parameters })).rows;
  };
}
