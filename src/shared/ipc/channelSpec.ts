/**
 * The shape of one channel and one event, as each domain declares them in `src/shared/ipc/<domain>.ts`.
 * A domain's map is the only place its channels are declared: schemas, who may call, what an event
 * makes stale. `contract.ts` merges the maps; the dispatcher, the handler types, the permission
 * matrix test and the renderer's cache all read from there.
 */
import type { z } from 'zod';
import type { Permission } from '../permissions';
import type { Channel } from './contract';

/**
 * How a channel is guarded. `public`: no session needed (the sign-in screen, the first-run
 * wizard). `signedIn`: any active account. `permission`: only the roles the permission table
 * gives it. `mutating` marks channels that change state (the permission matrix test iterates them).
 */
export type ChannelPolicy =
  | { access: 'public'; mutating: boolean }
  | { access: 'signedIn'; mutating: boolean }
  | { access: 'permission'; permission: Permission; mutating: boolean };

export const publicRead = { access: 'public', mutating: false } as const;
export const publicWrite = { access: 'public', mutating: true } as const;
export const signedInRead = { access: 'signedIn', mutating: false } as const;
export const signedInWrite = { access: 'signedIn', mutating: true } as const;
export const read = <P extends Permission>(permission: P) =>
  ({ access: 'permission', permission, mutating: false }) as const;
export const write = <P extends Permission>(permission: P) =>
  ({ access: 'permission', permission, mutating: true }) as const;

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  policy: ChannelPolicy;
}

/** A domain's channels: every name starts with the domain, so two domains never claim one name. */
export type DomainChannels<D extends string> = Record<`${D}.${string}`, ChannelSpec>;

export interface EventSpec {
  /** A small DTO naming what changed, never a row. */
  payload: z.ZodType;
  /** The channels whose cached answers the event makes stale in the renderer ('everything': all). */
  invalidates: readonly Channel[] | 'everything';
}

/** A domain's push events. */
export type DomainEvents<D extends string> = Record<`${D}.${string}`, EventSpec>;
