import type { z } from 'zod';
import { contract, isChannel } from '../../shared/ipc/contract';
import { fail, ok, type FieldIssue, type Result } from '../../shared/ipc/result';
import type { CallContext } from './context';
import { CoreError } from './errors';
import type { Handler, Handlers } from './handlers';

export type Dispatch = (channel: string, input: unknown, context?: CallContext) => Promise<Result<unknown>>;

export interface Logger {
  error(message: string, error?: unknown): void;
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    rule: issue.code,
    message: issue.message,
  }));
}

/**
 * The core boundary: every call is checked against the contract before a handler sees it, and
 * every answer is a result envelope. Outputs are parsed too, which strips any field a service
 * returned by mistake (a row column, a password hash) before it crosses the boundary.
 */
export function createDispatcher(handlers: Handlers, logger: Logger): Dispatch {
  return async (channel, input, context = {}) => {
    if (!isChannel(channel)) return fail('NOT_FOUND', `Unknown channel: ${channel}`, { reason: 'unknownChannel' });
    const spec = contract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return fail('VALIDATION', `Invalid input for ${channel}`, { issues: toFieldIssues(parsed.error) });
    }
    try {
      // The contract ties each channel's schema to its handler; TypeScript cannot follow the
      // correlation through an indexed access, so the handler is widened here once.
      const handler = handlers[channel] as Handler<typeof channel>;
      const value: unknown = await handler(parsed.data as never, context);
      return ok(spec.output.parse(value));
    } catch (error) {
      if (error instanceof CoreError) return fail(error.code, error.message, error.details);
      logger.error(`Unhandled error in ${channel}`, error);
      return fail('INTERNAL', 'Internal error', { reason: 'internal' });
    }
  };
}
