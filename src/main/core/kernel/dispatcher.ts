import type { z } from 'zod';
import { contract, isChannel } from '../../../shared/ipc/contract';
import { rolesAllow } from '../../../shared/permissions';
import { findControlCharacters } from '../../../shared/controlCharacters';
import { fail, ok, type FieldIssue, type Result } from '../../../shared/ipc/result';
import type { CallContext, SessionActor } from './context';
import { CoreError } from './errors';
import type { Handler, Handlers } from './handlers';

export type Dispatch = (channel: string, input: unknown, context?: CallContext) => Promise<Result<unknown>>;

/** Resolves a session id to its actor, or says why there is none. */
export type Authenticate = (sessionId: string) => Promise<SessionActor | { reason: string }>;

export interface Logger {
  error(message: string, error?: unknown): void;
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    rule: issue.code,
    message: issue.message,
    ...(issue.code === 'too_big' ? { limit: Number(issue.maximum), of: issue.origin } : {}),
  }));
}

/**
 * The core boundary. In order: the channel must exist; the caller must be signed in and hold a
 * role the permission table allows (before the input is even looked at, so a caller learns
 * nothing about a channel it may not use); the input must match the contract. Every answer is
 * a result envelope. Outputs are parsed too, which strips any field a service returned by
 * mistake (a row column, a password hash) before it crosses the boundary.
 */
export function createDispatcher(handlers: Handlers, logger: Logger, authenticate: Authenticate): Dispatch {
  return async (channel, input, callContext = {}) => {
    if (!isChannel(channel)) return fail('NOT_FOUND', `Unknown channel: ${channel}`, { reason: 'unknownChannel' });
    const spec = contract[channel];
    const { policy } = spec;
    // The actor is never taken from the caller: only a session the core itself resolves counts.
    const context: CallContext = { ...callContext, actor: undefined };
    if (policy.access === 'public') {
      // A public channel still knows who calls when a valid session comes along (for the audit).
      const resolved = callContext.sessionId ? await authenticate(callContext.sessionId) : undefined;
      if (resolved && !('reason' in resolved)) context.actor = resolved;
    } else {
      const resolved = callContext.sessionId ? await authenticate(callContext.sessionId) : { reason: 'signInRequired' };
      if ('reason' in resolved) return fail('UNAUTHENTICATED', 'Sign in first', { reason: resolved.reason });
      if (policy.access === 'permission' && !rolesAllow(resolved.roles, policy.permission)) {
        return fail('FORBIDDEN', `Not allowed: ${channel}`, { reason: 'forbidden' });
      }
      context.actor = resolved;
    }
    // Before the schema: no string anywhere in the input may hold a control character other
    // than tab and new lines (a `line` field refuses those too, in its schema).
    const controls = findControlCharacters(input);
    if (controls.length > 0) {
      return fail('VALIDATION', `Invalid input for ${channel}`, {
        issues: controls.map(({ path }) => ({ path, rule: 'custom', message: 'control_characters' })),
      });
    }
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return fail('VALIDATION', `Invalid input for ${channel}`, { issues: toFieldIssues(parsed.error) });
    }
    try {
      // The contract ties each channel's schema and policy to its handler; TypeScript cannot follow
      // the correlation through an indexed access, so the handler is widened here once. A
      // non-public channel reaches this line only with `context.actor` set (its handler's type).
      const handler = handlers[channel] as Handler<typeof channel>;
      const value: unknown = await handler(parsed.data, context as never);
      return ok(spec.output.parse(value));
    } catch (error) {
      if (error instanceof CoreError) return fail(error.code, error.message, error.details);
      logger.error(`Unhandled error in ${channel}`, error);
      return fail('INTERNAL', 'Internal error', { reason: 'internal' });
    }
  };
}
