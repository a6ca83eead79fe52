import { Worker } from 'node:worker_threads';
import type { PushedEvent } from '../../../shared/ipc/contract';
import { fail, type AppError, type Result } from '../../../shared/ipc/result';
import type { CallContext } from '../kernel/context';
import type { Logger } from '../kernel/dispatcher';
import type { CoreTransport } from '../kernel/transport';
import type { SecretStore } from '../security/secretStore';
import { isSecretName } from '../security/secretStore';
import type { FromWorker, ToWorker, WorkerConfig } from './protocol';

export interface WorkerClientOptions {
  /** The built worker script (out/main/worker.js, or a test bundle). */
  workerPath: string;
  config: WorkerConfig;
  logger?: Logger;
  /** A worker that dies more often than this within `crashWindowMs` is not restarted again. */
  maxCrashes?: number;
  crashWindowMs?: number;
  /** How long close() waits for the worker to close the store before terminating it (the
   * backup on quit runs inside that close: give a store with `backupSchedule` minutes, not seconds). */
  closeTimeoutMs?: number;
  /** Answers the worker's secret questions (with `config.secrets: 'host'`): the shell's safeStorage. */
  secrets?: SecretStore;
}

/** The core could not open its store (newer schema, failed migration, unreadable file). */
export class CoreStartupError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'CoreStartupError';
  }
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: CoreStartupError): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: CoreStartupError) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A rejection nobody awaits yet (no call in flight) must not crash the process.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * The one client of the core worker, used by the Electron shell and the web bridge alike.
 * If the worker dies, every call in flight is answered at once with INTERNAL (no caller hangs)
 * and a new worker is started; calls made meanwhile wait for it.
 */
export class WorkerCoreClient implements CoreTransport {
  private worker: Worker | undefined;
  private ready: Deferred = deferred();
  private fatal: AppError | undefined;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private readonly listeners = new Set<(event: PushedEvent) => void>();
  private readonly crashTimes: number[] = [];
  private nextId = 1;
  private closing = false;
  private closedSignal: (() => void) | undefined;
  private readonly logger: Logger;

  private constructor(private readonly options: WorkerClientOptions) {
    this.logger = options.logger ?? { error: (message, error) => console.error(message, error) };
  }

  /** Starts the worker and waits until its store is open; throws CoreStartupError if it cannot. */
  static async start(options: WorkerClientOptions): Promise<WorkerCoreClient> {
    const client = new WorkerCoreClient(options);
    client.spawn();
    try {
      await client.ready.promise;
    } catch (error) {
      await client.close();
      throw error;
    }
    return client;
  }

  /** How many times the worker has been restarted after dying. */
  get restartCount(): number {
    return this.crashTimes.length;
  }

  async call(channel: string, input: unknown, context: CallContext = {}): Promise<Result<unknown>> {
    if (this.closing) return fail('INTERNAL', 'The core is closed', { reason: 'coreClosed' });
    try {
      await this.ready.promise;
    } catch {
      // fall through: `fatal` says why
    }
    const worker = this.worker;
    if (this.fatal || !worker) {
      const error = this.fatal ?? { code: 'INTERNAL', message: 'The core is not running' };
      return fail(error.code, error.message, error.details);
    }
    const id = this.nextId++;
    return new Promise<Result<unknown>>((resolve) => {
      this.pending.set(id, resolve);
      try {
        worker.postMessage({ type: 'call', id, channel, input, context } satisfies ToWorker);
      } catch (error) {
        // Input that cannot be structured-cloned (a function, a symbol) never reaches the core.
        this.pending.delete(id);
        resolve(fail('VALIDATION', `Input cannot be sent: ${String(error)}`, { reason: 'unserializableInput' }));
      }
    });
  }

  onEvent(listener: (event: PushedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks the worker to close the store cleanly; terminates it if it does not answer in time. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const worker = this.worker;
    if (!worker) return;
    const closed = new Promise<void>((resolve) => (this.closedSignal = resolve));
    worker.postMessage({ type: 'close' } satisfies ToWorker);
    const timeout = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), this.options.closeTimeoutMs ?? 5000).unref(),
    );
    if ((await Promise.race([closed, timeout])) === 'timeout') {
      this.logger.error('The core worker did not close in time; terminating it');
    }
    await worker.terminate();
  }

  private spawn(): void {
    const worker = new Worker(this.options.workerPath, { workerData: this.options.config });
    this.worker = worker;
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => this.logger.error('The core worker failed', error));
    worker.on('exit', (code) => this.exited(worker, code));
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        this.ready.resolve();
        return;
      case 'fatal':
        this.fatal = message.error;
        this.ready.reject(new CoreStartupError(message.error));
        return;
      case 'result': {
        const resolve = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolve?.(message.result);
        return;
      }
      case 'event': {
        const { type: _type, ...event } = message;
        for (const listener of this.listeners) listener(event);
        return;
      }
      case 'closed':
        this.closedSignal?.();
        return;
      case 'secret':
        void this.answerSecret(message);
        return;
    }
  }

  private async answerSecret(message: Extract<FromWorker, { type: 'secret' }>): Promise<void> {
    const answer = (value: string | null, error?: string) =>
      this.worker?.postMessage({ type: 'secretResult', id: message.id, value, error } satisfies ToWorker);
    const secrets = this.options.secrets;
    if (!secrets || !isSecretName(message.name)) {
      answer(null, 'No secret store on this host');
      return;
    }
    try {
      if (message.op === 'read') answer(await secrets.read(message.name));
      else {
        await secrets.write(message.name, message.value);
        answer(null);
      }
    } catch (error) {
      answer(null, error instanceof Error ? error.message : String(error));
    }
  }

  private exited(worker: Worker, code: number): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    for (const resolve of this.pending.values()) {
      resolve(fail('INTERNAL', 'The core stopped while handling this call', { reason: 'coreRestarted' }));
    }
    this.pending.clear();
    this.closedSignal?.();
    if (this.closing || this.fatal) return;

    this.logger.error(`The core worker exited with code ${code}; restarting it`);
    const now = Date.now();
    const window = this.options.crashWindowMs ?? 60_000;
    this.crashTimes.push(now);
    const recent = this.crashTimes.filter((time) => now - time < window).length;
    const previous = this.ready;
    this.ready = deferred();
    // Whoever waited for the old worker to become ready (start(), calls) now waits for the new one.
    this.ready.promise.then(previous.resolve, previous.reject);
    if (recent > (this.options.maxCrashes ?? 5)) {
      this.fatal = {
        code: 'INTERNAL',
        message: 'The core keeps stopping; restart Siaga',
        details: { reason: 'coreUnavailable' },
      };
      this.ready.reject(new CoreStartupError(this.fatal));
      return;
    }
    this.spawn();
  }
}
