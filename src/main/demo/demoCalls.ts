import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Core } from '../core/core';

/** A demo seeder's calls go through the core's own channels as a signed-in person, so every rule applies. */
export type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

export function as(core: Core, sessionId: string): Call {
  return async (channel, input) => {
    const result = await core.call(channel, input, { clientId: 'cli:demo', sessionId });
    if (!result.ok)
      throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.details ?? {})}`);
    return result.value as never;
  };
}

export async function signIn(core: Core, username: string, password: string): Promise<string> {
  const result = await core.call('accounts.login', { username, password }, { clientId: 'cli:demo' });
  if (!result.ok) throw new Error(`login ${username}: ${result.error.message}`);
  return (result.value as { sessionId: string }).sessionId;
}
