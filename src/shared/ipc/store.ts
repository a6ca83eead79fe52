import { z } from 'zod';
import { publicRead, publicWrite, write, type DomainChannels, type DomainEvents } from './channelSpec';
import { noInput } from './fields';

/**
 * The desk's store: the embedded file (one desk) or the office's PostgreSQL server (every desk of
 * the office on one store). The settings are the desk's, kept beside its data folder; the password
 * is kept apart, in the secret store, and never sent back.
 */
export const tlsModes = ['verify', 'encrypt', 'off'] as const;
export type TlsMode = (typeof tlsModes)[number];

export const officeServerSettingsSchema = z
  .object({
    /** A host name or an address (IPv6 without brackets). */
    host: z
      .string()
      .trim()
      .min(1)
      .max(253)
      .regex(/^[A-Za-z0-9.:_-]+$/),
    port: z.number().int().min(1).max(65535),
    database: z.string().trim().min(1).max(63),
    user: z.string().trim().min(1).max(63),
    /** verify: TLS with the server's certificate checked (the default); encrypt: TLS, certificate
     * not checked; off: no TLS (a server on this machine or a closed office network only). */
    tls: z.enum(tlsModes),
    /** The certificate authority that signed the server's certificate, when it is not a public one. */
    caFile: z.string().trim().min(1).max(1000).nullable(),
  })
  .strict();
export type OfficeServerSettings = z.infer<typeof officeServerSettingsSchema>;

export const officeServerConnectSchema = z
  .object({ settings: officeServerSettingsSchema, password: z.string().min(1).max(200) })
  .strict();
export type OfficeServerConnectInput = z.infer<typeof officeServerConnectSchema>;

/** What a test of the connection found on the server. */
export const serverProbeSchema = z.object({
  /** `host:port/database`: never the password. */
  server: z.string(),
  /** PostgreSQL's version, as the server reports it (`17.2`). */
  serverVersion: z.string(),
  /** empty: no Siaga yet (the first desk sets the office up or moves its data there);
   * unconfigured: Siaga's tables but no office yet; office: an office lives there. */
  state: z.enum(['empty', 'unconfigured', 'office']),
  agencyName: z.string().nullable(),
});
export type ServerProbe = z.infer<typeof serverProbeSchema>;

export const deskStoreSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embedded'), file: z.string() }),
  z.object({
    kind: z.literal('server'),
    server: z.string(),
    settings: officeServerSettingsSchema.nullable(),
    /** Set from the command line or SIAGA_DATABASE_URL: the settings here cannot change it. */
    fixed: z.boolean(),
    /** The server cannot be reached now; the desk waits for it (every other channel says so). */
    unreachable: z.string().nullable(),
  }),
]);
export type DeskStore = z.infer<typeof deskStoreSchema>;

/** What a move proved: the server's copy has the file's rows, audit head and attachments. */
export const moveResultSchema = z.object({
  server: z.string(),
  rows: z.number().int().nonnegative(),
  tables: z.number().int().nonnegative(),
  auditHead: z.object({ seq: z.number().int().nonnegative(), hash: z.string() }),
  attachments: z.number().int().nonnegative(),
});
export type MoveResult = z.infer<typeof moveResultSchema>;

/**
 * The store channels (the desk's store: its file or the office server). Before an office exists (the first-run wizard) anyone at the desk
 * may test and choose the server; once one exists, only the administrator (the core checks).
 */
export const storeChannels = {
  'store.status': { input: noInput, output: deskStoreSchema, policy: publicRead },
  'store.test': { input: officeServerConnectSchema, output: serverProbeSchema, policy: publicWrite },
  'store.connect': { input: officeServerConnectSchema, output: serverProbeSchema, policy: publicWrite },
  /** Copies this desk's embedded office into an empty server database, proves it, then uses the server. */
  'store.move': { input: officeServerConnectSchema, output: moveResultSchema, policy: write('office.manage') },
  /** Tries the office server again after it could not be reached. */
  'store.retry': { input: noInput, output: deskStoreSchema, policy: publicWrite },
} as const satisfies DomainChannels<'store'>;

export const storeEvents = {
  /** The desk now works on another store: every cached answer came from the old one. */
  'store.switched': { payload: z.object({ server: z.string() }), invalidates: 'everything' },
  /** The desk listens to the other desks again after its connection dropped: what they changed
   * meanwhile was not heard, so every cached answer is asked again. */
  'store.reconnected': { payload: z.object({}), invalidates: 'everything' },
} as const satisfies DomainEvents<'store'>;
