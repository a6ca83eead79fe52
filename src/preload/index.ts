/**
 * Exposes `window.siaga` = { invoke, on, notify } and nothing else. ipcRenderer itself never reaches the
 * renderer, and listeners receive only the payload, never the IPC event object.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { SiagaApi } from '../shared/ipc/api';
import {
  isChannel,
  isEventName,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type PushedEvent,
} from '../shared/ipc/contract';
import { eventChannel, invokeChannel, noticeChannel } from '../shared/ipc/electronChannels';
import { fail, type Result } from '../shared/ipc/result';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(eventChannel, (_event: IpcRendererEvent, pushed: PushedEvent) => {
  for (const listener of listeners.get(pushed.event) ?? []) listener(pushed.payload);
});

const api: SiagaApi = {
  invoke: <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> => {
    if (!isChannel(channel)) return Promise.resolve(fail('NOT_FOUND', `Unknown channel: ${String(channel)}`));
    return ipcRenderer.invoke(invokeChannel, channel, input) as Promise<Result<ChannelOutput<C>>>;
  },
  on: (event, listener) => {
    if (!isEventName(event) || typeof listener !== 'function') return () => undefined;
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  },
  notify: ({ title, body }) => {
    if (typeof title === 'string' && typeof body === 'string') ipcRenderer.send(noticeChannel, { title, body });
  },
};

contextBridge.exposeInMainWorld('siaga', api);
