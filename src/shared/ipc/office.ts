import { z } from 'zod';
import { line, noInput, required, requiredLine, text, webLink } from './fields';
import { languages } from './preferences';
import { publicRead, publicWrite, signedInRead, write, type DomainChannels, type DomainEvents } from './channelSpec';
import { newAdminSchema, loginResultSchema } from './accounts';

/** The three Indonesian time zones, as IANA names (WIB, WITA, WIT). No daylight saving. */
export const officeTimeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type OfficeTimeZone = (typeof officeTimeZones)[number];

export const logoMimeTypes = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export const maxLogoBytes = 512 * 1024;

/** Tokens a statement numbering pattern may use; `{seq}` is required. */
export const numberingTokens = ['seq', 'month_roman', 'month', 'year'] as const;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time_format' });

export const numberingPatternSchema = required(80).refine(
  (pattern) => {
    const tokens = [...pattern.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
    return (
      tokens.includes('seq') &&
      tokens.every((token) => (numberingTokens as readonly (string | undefined)[]).includes(token))
    );
  },
  { error: 'numbering_pattern' },
);

export const logoInputSchema = z.object({
  mimeType: z.enum(logoMimeTypes, { error: 'logo_type' }),
  /** The file's bytes, base64. Size and content are checked by the core. */
  dataBase64: z.string().max(Math.ceil((maxLogoBytes * 4) / 3) + 8, { error: 'logo_too_large' }),
});
export type LogoInput = z.infer<typeof logoInputSchema>;

export const officeProfileInputSchema = z
  .object({
    agencyName: requiredLine(200),
    unitName: line(200),
    address: text(500),
    /** Where statements are issued from: the dateline's place ("Sleman, 3 Desember 2026"). */
    city: line(100).default(''),
    phone: line(40),
    email: z.union([z.literal(''), z.email({ error: 'email_format' })]),
    website: webLink,
    /** undefined keeps the current logo, null removes it. */
    logo: logoInputSchema.nullable().optional(),
    timeZone: z.enum(officeTimeZones),
    defaultLanguage: z.enum(languages),
    officeHours: z
      .object({
        start: clock,
        end: clock,
        /** ISO weekdays, 1 = Monday. */
        days: z.array(z.number().int().min(1).max(7)).min(1, { error: 'required' }).max(7),
      })
      .refine((hours) => hours.start < hours.end, { error: 'office_hours_order', path: ['end'] }),
    numberingPattern: numberingPatternSchema,
    numberingReset: z.enum(['yearly', 'never']),
    security: z.object({
      lockoutMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
      idleLockMinutes: z
        .number()
        .int()
        .min(1)
        .max(8 * 60),
    }),
  })
  .strict();
export type OfficeProfileInput = z.input<typeof officeProfileInputSchema>;

export const officeSchema = officeProfileInputSchema.omit({ logo: true }).extend({
  id: z.string(),
  logo: z.object({ mimeType: z.enum(logoMimeTypes), dataUrl: z.string() }).nullable(),
  updatedAt: z.string(),
});
export type Office = z.infer<typeof officeSchema>;

export const officeStatusSchema = z.object({
  configured: z.boolean(),
  agencyName: z.string().nullable(),
  unitName: z.string().nullable(),
});
export type OfficeStatus = z.infer<typeof officeStatusSchema>;

export const defaultOfficeSettings = {
  timeZone: 'Asia/Jakarta',
  defaultLanguage: 'id',
  officeHours: { start: '08:00', end: '16:00', days: [1, 2, 3, 4, 5] },
  numberingPattern: '{seq}/SP/HUMAS/{month_roman}/{year}',
  numberingReset: 'yearly',
  security: { lockoutMinutes: 15, idleLockMinutes: 15 },
} as const satisfies Partial<OfficeProfileInput>;

/** The office channels: schemas and who may call (see channelSpec.ts). */
export const officeChannels = {
  'office.status': { input: noInput, output: officeStatusSchema, policy: publicRead },
  // Refused by the core once an office exists: only a fresh store can be set up without a user.
  'office.setup': {
    input: z.object({ office: officeProfileInputSchema, admin: newAdminSchema }).strict(),
    output: loginResultSchema,
    policy: publicWrite,
  },
  'office.get': { input: noInput, output: officeSchema, policy: signedInRead },
  'office.update': { input: officeProfileInputSchema, output: officeSchema, policy: write('office.manage') },
} as const satisfies DomainChannels<'office'>;

/** What the office domain pushes, and which cached answers each event makes stale. */
export const officeEvents = {
  'office.changed': {
    payload: officeStatusSchema,
    invalidates: ['office.status', 'office.get', 'audit.list', 'audit.head'],
  },
} as const satisfies DomainEvents<'office'>;
