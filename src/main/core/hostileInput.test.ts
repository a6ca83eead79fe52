import { embeddedSqlite } from './db/store';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRoles, openTestCore, setUpOffice, type TestCore } from '../../../test/coreHarness';
import { useTempDirs } from '../../../test/tempDir';
import { channels, contract, type Channel } from '../../shared/ipc/contract';
import { errorCodes } from '../../shared/ipc/result';

/**
 * Property tests over every channel of the contract: whatever arrives as input, the core answers
 * with an envelope (never a thrown error, never INTERNAL — an INTERNAL answer is a handler that
 * threw something it did not mean to), and a refusal of any kind has written nothing (SQLite's
 * own count of changed rows on the connection, and the audit head, stay as they were).
 */

// Channels whose one valid input ends the session or takes a whole backup: their refusals of bad
// input are covered by the same rule in their own tests.
const skipped = new Set<Channel>(['accounts.logout', 'backups.take']);
// Channels whose failures are themselves recorded: a wrong password counts toward the lock.
const countsFailures = new Set<Channel>(['accounts.login', 'accounts.changePassword']);

const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);

/** Text with control characters in it: NUL, ESC and BEL sequences, CR/LF, DEL, C1. */
const controlText = fc.oneof(
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.integer({ min: 0, max: 0x9f }), fc.string({ maxLength: 10 }))
    .map(([before, code, after]) => `${before}${String.fromCharCode(code < 0x20 || code >= 0x7f ? code : 0)}${after}`),
  fc.constantFrom('a\u0000b', '\u001b[31mmerah\u001b[0m', 'bunyi\u0007', 'judul\r\nid  baris palsu', '\u009b2J'),
);

/** Values a hostile or broken client might send in any field. */
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string({ maxLength: 50 }),
  fc.uuid(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.array(fc.uuid(), { maxLength: 3 }),
  controlText,
  fc.array(controlText, { maxLength: 2 }),
  fc.dictionary(fc.constantFrom('query', 'name', 'title', 'tags'), controlText, { maxKeys: 2 }),
  fc.constantFrom(
    null,
    '',
    '<img src=x onerror=alert(1)>',
    '../../../etc/passwd',
    '..\\..\\Windows\\win.ini',
    'javascript:alert(1)',
    '\u0000',
    '__proto__',
    -1,
    Number.MAX_SAFE_INTEGER,
    Number.NaN,
    tenMegabytes,
  ),
);

/** The top-level fields of a channel's input schema, when it is an object. */
function fieldsOf(schema: z.ZodType): string[] {
  let current: z.ZodType = schema;
  // Defaults, pipes and refinements wrap the object; unwrap to find its shape.
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof z.ZodObject) return Object.keys(current.shape);
    const def = (current as unknown as { def?: { innerType?: z.ZodType; in?: z.ZodType } }).def;
    const inner = def?.innerType ?? def?.in;
    if (!inner) break;
    current = inner;
  }
  return [];
}

/** Inputs for one channel: anything at all, and objects of its own field names with hostile values. */
function inputsFor(channel: Channel) {
  const fields = fieldsOf(contract[channel].input);
  const shaped =
    fields.length > 0
      ? fc.dictionary(fc.constantFrom(...fields, '__proto__', 'constructor', 'extra'), hostileValue, { maxKeys: 6 })
      : fc.constant({});
  return fc.oneof({ arbitrary: shaped, weight: 4 }, { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 });
}

describe('hostile input at the core boundary', () => {
  const tempDir = useTempDirs();
  let test: TestCore;
  let session: string;
  const fixedNow = new Date('2026-11-28T03:00:00.000Z');

  beforeAll(async () => {
    // A fixed clock: session touches (at most every 30 s) cannot be mistaken for writes.
    test = await openTestCore(tempDir(), () => fixedNow, { distribution: { autoStart: false } });
    const admin = await setUpOffice(test);
    // One person holding every role, so each channel reaches its input check, not FORBIDDEN.
    session = (
      await accountWithRoles(test, admin, 'semua', ['admin', 'drafter', 'reviewer', 'approver', 'spokesperson'])
    ).sessionId;
  });
  afterAll(async () => test.core.close());

  const changes = () => embeddedSqlite(test.core.store).prepare('select total_changes() as n').get() as { n: number };
  const auditHead = () => embeddedSqlite(test.core.store).prepare('select max(seq) as seq from audit_log').get();

  it('answers every channel with an envelope, never INTERNAL, and writes nothing when it refuses', async () => {
    const targets = channels.filter((channel) => !skipped.has(channel));
    expect(targets.length).toBeGreaterThan(150);
    const seen = new Map<string, number>();
    for (const channel of targets) {
      await fc.assert(
        fc.asyncProperty(inputsFor(channel), async (input) => {
          const before = { changes: changes().n, audit: auditHead() };
          const result = await test.core.call(channel, input, { clientId: 'fuzz:1', sessionId: session });
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) return;
          expect(errorCodes).toContain(result.error.code);
          expect(result.error.code, `${channel} answered INTERNAL: ${result.error.message}`).not.toBe('INTERNAL');
          seen.set(result.error.code, (seen.get(result.error.code) ?? 0) + 1);
          // No refusal may follow a committed write (the sign-in channels record wrong passwords, on purpose).
          if (!countsFailures.has(channel)) {
            expect(
              { changes: changes().n, audit: auditHead() },
              `${channel} wrote, then answered ${result.error.code}`,
            ).toEqual(before);
          }
        }),
        { numRuns: 40 },
      );
    }
    console.log(`hostile input: ${targets.length} channels x 40 inputs; refusals by code:`, Object.fromEntries(seen));
    // The refusals were mostly the input check itself, as they should be.
    expect(seen.get('VALIDATION') ?? 0).toBeGreaterThan(targets.length * 15);
  }, 300_000);

  it('refuses 10 MB of text in a field with a limit error, not a crash', async () => {
    const cases: [Channel, Record<string, unknown>][] = [
      ['contacts.create', { fullName: tenMegabytes }],
      ['hoaxes.similar', { text: tenMegabytes }],
      ['statements.comment', { id: crypto.randomUUID(), revisionId: crypto.randomUUID(), body: tenMegabytes }],
      ['audit.list', { action: tenMegabytes }],
    ];
    for (const [channel, input] of cases) {
      const result = await test.core.call(channel, input, { clientId: 'fuzz:1', sessionId: session });
      expect(result.ok, channel).toBe(false);
      if (result.ok) continue;
      expect(result.error.code, channel).toBe('VALIDATION');
      // The limit travels with the refusal, so the form can say how much is allowed.
      expect(result.error.details?.issues?.[0], channel).toMatchObject({ rule: 'too_big', of: 'string' });
      expect(result.error.details?.issues?.[0]?.limit, channel).toBeLessThan(tenMegabytes.length);
    }
  });
});
