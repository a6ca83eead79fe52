import type { Channel, ChannelOutput, ParsedInput } from '../../../shared/ipc/contract';
import type { CallContext } from './context';

export type Handler<C extends Channel> = (input: ParsedInput<C>, context: CallContext) => Promise<ChannelOutput<C>>;

/** One handler per contract channel: a channel without a handler fails to compile. */
export type Handlers = { [C in Channel]: Handler<C> };

/** A domain's slice of the handler map, e.g. `HandlersFor<'preferences.get' | 'preferences.update'>`. */
export type HandlersFor<C extends Channel> = { [K in C]: Handler<K> };

/** The channels of one domain, by their prefix: `DomainChannel<'preferences'>`. */
export type DomainChannel<D extends string> = Extract<Channel, `${D}.${string}`>;
