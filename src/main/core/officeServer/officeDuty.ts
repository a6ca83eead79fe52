import pg from 'pg';

/**
 * A duty one desk of the office does for all (the scheduled backup): whichever desk holds a
 * session-level advisory lock on the office server, on a connection of its own. The lock lives as
 * long as that connection, so when the desk goes away — closed, crashed, cut off — the server
 * frees it and the next desk to ask takes the duty over.
 */
export interface OfficeDuty {
  /** Whether this desk holds the duty now (taking it if nobody does). */
  held(): Promise<boolean>;
  close(): Promise<void>;
}

export function officeDuty(url: string, name: string): OfficeDuty {
  let client: pg.Client | undefined;
  let holding = false;
  let closed = false;

  const drop = () => {
    holding = false;
    const old = client;
    client = undefined;
    void old?.end().catch(() => undefined);
  };

  return {
    async held() {
      if (closed) return false;
      if (holding && client) return true;
      try {
        client ??= await (async () => {
          const fresh = new pg.Client({ connectionString: url, application_name: `siaga-duty-${name}` });
          // A dropped connection has lost the lock with it: ask again next time.
          fresh.on('error', drop);
          fresh.on('end', () => {
            if (client === fresh) drop();
          });
          await fresh.connect();
          return fresh;
        })();
        const answer = await client.query<{ taken: boolean }>('select pg_try_advisory_lock(hashtext($1)) as taken', [
          `siaga.duty.${name}`,
        ]);
        holding = answer.rows[0]?.taken === true;
        return holding;
      } catch {
        drop();
        return false;
      }
    },
    async close() {
      closed = true;
      holding = false;
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
