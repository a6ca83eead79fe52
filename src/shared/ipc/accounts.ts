import { z } from 'zod';
import { line, noInput, requiredLine } from './fields';
import { passwordProblems } from '../accounts/passwordPolicy';
import { roles } from '../accounts/roles';
import {
  publicWrite,
  read,
  signedInRead,
  signedInWrite,
  write,
  type DomainChannels,
  type DomainEvents,
} from './channelSpec';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { error: 'username_format' });

/** NIP (Nomor Induk Pegawai): optional; when given, exactly 18 digits. */
export const nipSchema = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .regex(/^\d{18}$/, { error: 'nip_format' }),
]);

const rolesSchema = z.array(z.enum(roles)).min(1, { error: 'roles_required' });

export const accountProfileSchema = z.object({
  fullName: requiredLine(120),
  nip: nipSchema,
  position: line(120),
  email: z.union([z.literal(''), z.email({ error: 'email_format' })]),
  phone: line(40),
});

/** Adds the password rules, reported on the `password` field, to an object with a username. */
function withPasswordPolicy<S extends z.ZodType<{ username: string; password: string }>>(schema: S): S {
  return schema.superRefine((value, context) => {
    for (const problem of passwordProblems(value.password, value.username)) {
      context.addIssue({ code: 'custom', message: problem, path: ['password'] });
    }
  });
}

export const newAccountSchema = withPasswordPolicy(
  accountProfileSchema.extend({ username: usernameSchema, password: z.string().max(200), roles: rolesSchema }).strict(),
);
export type NewAccount = z.input<typeof newAccountSchema>;

export const newAdminSchema = withPasswordPolicy(
  accountProfileSchema.extend({ username: usernameSchema, password: z.string().max(200) }).strict(),
);

export const accountUpdateSchema = accountProfileSchema.extend({ id: z.string().min(1), roles: rolesSchema }).strict();
export type AccountUpdate = z.input<typeof accountUpdateSchema>;

export const accountIdSchema = z.object({ id: z.string().min(1) }).strict();

export const resetPasswordSchema = z
  .object({ id: z.string().min(1), newPassword: z.string().max(200) })
  .strict()
  .superRefine((value, context) => {
    for (const problem of passwordProblems(value.newPassword)) {
      context.addIssue({ code: 'custom', message: problem, path: ['newPassword'] });
    }
  });

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, { error: 'required' }).max(200), newPassword: z.string().max(200) })
  .strict()
  .superRefine((value, context) => {
    for (const problem of passwordProblems(value.newPassword)) {
      context.addIssue({ code: 'custom', message: problem, path: ['newPassword'] });
    }
  });

export const loginSchema = z
  .object({
    username: z.string().trim().toLowerCase().min(1, { error: 'required' }).max(64),
    password: z.string().min(1, { error: 'required' }).max(200),
  })
  .strict();

export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  nip: z.string(),
  position: z.string(),
  email: z.string(),
  phone: z.string(),
  roles: z.array(z.enum(roles)),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

/** The signed-in person, as the renderer needs it: who, which roles, and when to lock when idle. */
export const sessionAccountSchema = accountSchema.extend({ idleLockMinutes: z.number().int() });
export type SessionAccount = z.infer<typeof sessionAccountSchema>;

export const loginResultSchema = z.object({ sessionId: z.string(), account: sessionAccountSchema });
export type LoginResult = z.infer<typeof loginResultSchema>;

export const emptyResultSchema = z.object({});

/** Who is signed in now, at which desks (computers), and when last active. */
export const presenceSchema = z.array(
  z.object({ accountId: z.string(), fullName: z.string(), desks: z.array(z.string()), lastSeenAt: z.string() }),
);
export type Presence = z.infer<typeof presenceSchema>;

/** The accounts channels: schemas and who may call (see channelSpec.ts). */
export const accountChannels = {
  'accounts.login': { input: loginSchema, output: loginResultSchema, policy: publicWrite },
  'accounts.logout': { input: noInput, output: emptyResultSchema, policy: signedInWrite },
  'accounts.me': { input: noInput, output: sessionAccountSchema, policy: signedInRead },
  'accounts.presence': { input: noInput, output: presenceSchema, policy: signedInRead },
  'accounts.changePassword': { input: changePasswordSchema, output: emptyResultSchema, policy: signedInWrite },
  'accounts.list': { input: noInput, output: z.array(accountSchema), policy: read('accounts.manage') },
  'accounts.create': { input: newAccountSchema, output: accountSchema, policy: write('accounts.manage') },
  'accounts.update': { input: accountUpdateSchema, output: accountSchema, policy: write('accounts.manage') },
  'accounts.deactivate': { input: accountIdSchema, output: accountSchema, policy: write('accounts.manage') },
  'accounts.reactivate': { input: accountIdSchema, output: accountSchema, policy: write('accounts.manage') },
  'accounts.resetPassword': { input: resetPasswordSchema, output: accountSchema, policy: write('accounts.manage') },
  'accounts.unlock': { input: accountIdSchema, output: accountSchema, policy: write('accounts.manage') },
} as const satisfies DomainChannels<'accounts'>;

/** What the accounts domain pushes, and which cached answers each event makes stale. */
export const accountEvents = {
  'accounts.changed': {
    payload: z.object({ accountId: z.string() }),
    invalidates: ['accounts.list', 'accounts.me', 'audit.list', 'audit.head', 'statements.people'],
  },
} as const satisfies DomainEvents<'accounts'>;
