import type { SecretStore } from '../security/secretStore';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The worker side of secrets kept by the host process: each read or write is a message to the
 * parent, answered by `secretResult`. The parent (the Electron shell) holds safeStorage.
 */
export function hostSecretStore(post: (message: FromWorker) => void): {
  store: SecretStore;
  receive(message: Extract<ToWorker, { type: 'secretResult' }>): void;
} {
  let nextId = 1;
  const pending = new Map<number, { resolve(value: string | null): void; reject(error: Error): void }>();
  const ask = (op: 'read' | 'write', name: string, value: string | null) =>
    new Promise<string | null>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      post({ type: 'secret', id, op, name, value });
    });
  return {
    store: {
      read: (name) => ask('read', name, null),
      write: async (name, value) => {
        await ask('write', name, value);
      },
    },
    receive(message) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (!waiting) return;
      if (message.error) waiting.reject(new Error(message.error));
      else waiting.resolve(message.value);
    },
  };
}
