import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from './contract';
import type { Result } from './result';

/**
 * What the renderer talks to. Under Electron the preload provides it as `window.siaga`; in a
 * browser the http transport implements the same shape. Nothing else in the renderer knows which.
 */
export interface SiagaApi {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Subscribes to a push event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Shows a desktop notification (Electron's Notification, through the shell). Absent in browser
   * mode, where the renderer shows the notice inside the app instead.
   */
  notify?(notice: DesktopNotice): void;
}

export interface DesktopNotice {
  title: string;
  body: string;
}
