import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openTestCore, setUpOffice } from '../../../test/coreHarness';
import { contactInput } from '../../../test/contactsHarness';
import { asAdmin } from '../../../test/postgres/adminClient';
import { useTempDirs } from '../../../test/tempDir';
import { openServerConnection } from '../core/db/serverConnection';
import { captureIo } from '../../../test/cliHarness';
import { runCli } from './run';
import { latestSchemaVersion } from '../core/db/migrations';
import { verifyServerStore } from '../core/db/verifyStore';

/**
 * The least-privilege setup docs/office-server.md gives the administrator, run for real: a table
 * owner that is not a superuser creates the schema; the desks' role gets only what it uses, and
 * the audit trail's rows cannot be changed even with that role's password outside Siaga.
 */
describe('the office server with a least-privilege role', () => {
  const tempDir = useTempDirs();
  const cleanup: string[] = [];
  afterEach(async () => {
    await asAdmin(inject('postgresAdminUrl'), cleanup.splice(0));
  });

  it('runs the whole core as a role that may not change the audit trail', async () => {
    const adminUrl = inject('postgresAdminUrl');
    const suffix = randomBytes(4).toString('hex');
    const [database, owner, app] = [`siaga_lp_${suffix}`, `siaga_owner_${suffix}`, `siaga_app_${suffix}`];
    cleanup.push(
      `drop database if exists ${database} with (force)`,
      `drop role if exists ${app}`,
      `drop role if exists ${owner}`,
    );
    const url = (role: string, password: string) => {
      const parsed = new URL(adminUrl);
      parsed.username = role;
      parsed.password = password;
      parsed.pathname = `/${database}`;
      return parsed.toString();
    };
    // Section 1 of docs/office-server.md, as the server's superuser.
    await asAdmin(adminUrl, [
      `create role ${owner} login password 'owner-pw' nosuperuser nocreatedb nocreaterole noreplication`,
      `create role ${app} login password 'app-pw' nosuperuser nocreatedb nocreaterole noreplication`,
      `create database ${database} owner ${owner} encoding 'UTF8' template template0`,
    ]);
    const databaseAdmin = new URL(adminUrl);
    databaseAdmin.pathname = `/${database}`;
    await asAdmin(databaseAdmin.toString(), [
      'create extension if not exists unaccent',
      `revoke all on database ${database} from public`,
      'revoke all on schema public from public',
    ]);
    // The owner creates the tables (`siaga migrate` run as the owner) …
    const ownerUrl = url(owner, 'owner-pw');
    const migrated = captureIo();
    expect(await runCli(['migrate', '--database-url', ownerUrl, '--data-dir', tempDir()], migrated.io)).toBe(0);
    expect(JSON.parse(migrated.out.join('\n'))).toMatchObject({ fromVersion: 0, toVersion: latestSchemaVersion });
    // … and gives the desks' role what it uses.
    await asAdmin(ownerUrl, [
      `grant connect on database ${database} to ${app}`,
      `grant usage on schema public to ${app}`,
      `grant select, insert, update, delete on all tables in schema public to ${app}`,
      `alter default privileges in schema public grant select, insert, update, delete on tables to ${app}`,
      `revoke update, delete, truncate on audit_log, statement_revision from ${app}`,
    ]);

    const appUrl = url(app, 'app-pw');
    const test = await openTestCore(tempDir(), undefined, { databaseUrl: appUrl, distribution: { autoStart: false } });
    const admin = await setUpOffice(test);
    await test.value('contacts.create', contactInput('Wartawan Hak Terbatas'), admin);
    await test.core.close();

    const connection = openServerConnection(appUrl, { maxConnections: 1 });
    try {
      await expect(sql`update audit_log set data = '{}' where seq = 1`.execute(connection.db)).rejects.toMatchObject({
        code: '42501',
      });
      await expect(sql`create table intruder (id int)`.execute(connection.db)).rejects.toMatchObject({ code: '42501' });
    } finally {
      await connection.close();
    }
    expect((await verifyServerStore(appUrl)).ok).toBe(true);
  });
});
