import type { PushedEvent } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { CallContext } from './context';

/**
 * How the shell and the web bridge reach the core: in-process (tests, CLI) or through the core
 * worker. Both answer every call with a result envelope and never throw for a failed call.
 */
export interface CoreTransport {
  call(channel: string, input: unknown, context?: CallContext): Promise<Result<unknown>>;
  onEvent(listener: (event: PushedEvent) => void): () => void;
  close(): Promise<void>;
}
