import { describe, expect, it } from 'vitest';
import { usePostgresDatabases } from '../../../../test/postgres/pgTest';
import { appendAudit, verifyAuditChain } from './auditChain';
import { migrateDatabase } from './migrator';
import { openServerConnection } from './serverConnection';

describe('the audit chain on the office server', () => {
  const database = usePostgresDatabases();

  it('two desks appending 1,000 events each at once leave one whole chain of 2,000', async () => {
    const url = await database();
    const desks = [openServerConnection(url), openServerConnection(url)];
    try {
      await migrateDatabase(desks[0]!.db);
      const at = '2026-12-01T03:00:00.000Z';
      // Each desk keeps several writes in flight (its pool holds up to ten connections).
      const desk = async (index: number) => {
        const { db } = desks[index]!;
        const inFlight = 8;
        for (let start = 0; start < 1000; start += inFlight) {
          await Promise.all(
            Array.from({ length: inFlight }, (_, offset) =>
              db.transaction().execute((trx) =>
                appendAudit(
                  trx,
                  {
                    actorId: null,
                    action: 'test.write',
                    entityType: 'desk',
                    entityId: `${index}`,
                    data: { n: start + offset },
                  },
                  at,
                ),
              ),
            ),
          );
        }
      };
      await Promise.all([desk(0), desk(1)]);
      const report = await verifyAuditChain(desks[1]!.db);
      expect(report).toMatchObject({ ok: true, checked: 2000, head: { seq: 2000 } });
      const perDesk = await desks[0]!.db
        .selectFrom('audit_log')
        .select(['entity_id', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('entity_id')
        .orderBy('entity_id')
        .execute();
      expect(perDesk).toEqual([
        { entity_id: '0', n: 1000 },
        { entity_id: '1', n: 1000 },
      ]);
    } finally {
      await Promise.all(desks.map((desk) => desk.close()));
    }
  }, 120_000);
});
