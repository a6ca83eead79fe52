/**
 * The schema each released version of Siaga left its stores at: how many migrations it shipped
 * (src/main/core/db/migrations). The packaging test opens a store at each of these with the newly
 * packaged app, so an upgrade from any version an office may still run is proved before it ships.
 * Add a line when a version is released. Migrations are frozen once landed (migrations/README.md),
 * so the store built from the first N migrations is that version's store.
 */
export const releasedSchemas: readonly { version: string; migrations: number }[] = [
  { version: '0.1.0', migrations: 19 },
];
