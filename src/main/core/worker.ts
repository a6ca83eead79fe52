/**
 * Core worker entry: opens the store and serves the contract over the parent port, so SQL,
 * imports and exports never block Electron's main thread or the web bridge's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fail } from '../../shared/ipc/result';
import { createCore, type Core } from './core';
import type { FromWorker, ToWorker, WorkerConfig } from './worker/protocol';
import { describeStartupError } from './worker/startupError';
import { hostSecretStore } from './worker/hostSecretStore';

const port = parentPort;
if (!port) throw new Error('worker.ts must run as a worker thread');
const config = workerData as WorkerConfig;
const post = (message: FromWorker) => port.postMessage(message);
const hostSecrets = config.secrets === 'host' ? hostSecretStore(post) : undefined;

const started: Promise<Core | { error: ReturnType<typeof describeStartupError> }> = createCore({
  ...config,
  secrets: hostSecrets?.store,
}).then(
  (core) => {
    core.onEvent((event) => post({ type: 'event', ...event }));
    post({ type: 'ready' });
    return core;
  },
  (error: unknown) => {
    const described = describeStartupError(error);
    post({ type: 'fatal', error: described });
    return { error: described };
  },
);

port.on('message', (message: ToWorker) => {
  // Answers to the core's own questions must not wait for the core to be ready: it may be asking.
  if (message.type === 'secretResult') {
    hostSecrets?.receive(message);
    return;
  }
  void (async () => {
    const core = await started;
    if (message.type === 'close') {
      if ('store' in core) await core.close();
      post({ type: 'closed' });
      port.close();
      return;
    }
    const result =
      'store' in core
        ? await core.call(message.channel, message.input, message.context)
        : fail(core.error.code, core.error.message, core.error.details);
    post({ type: 'result', id: message.id, result });
  })();
});
