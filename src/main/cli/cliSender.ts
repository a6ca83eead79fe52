import type { SenderOptions } from '../core/distribution/outboxSender';

/**
 * Admin commands open the store while the app may be running: they must never start sending the
 * outbox themselves (two senders on one outbox would be two claims on the same rows).
 */
export const cliSender: SenderOptions = { autoStart: false };
