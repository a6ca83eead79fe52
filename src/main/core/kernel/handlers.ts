import type { Channel, ChannelOutput, Contract, ParsedInput } from '../../../shared/ipc/contract';
import type { CallContext, SignedInContext } from './context';

/**
 * What a handler is told about its caller: a signed-in channel's handler always has an actor (the
 * dispatcher refused the call otherwise); a public channel's may have one.
 */
export type ContextOf<C extends Channel> = Contract[C]['policy'] extends { access: 'public' }
  ? CallContext
  : SignedInContext;

export type Handler<C extends Channel> = (input: ParsedInput<C>, context: ContextOf<C>) => Promise<ChannelOutput<C>>;

/** One handler per contract channel: a channel without a handler fails to compile. */
export type Handlers = { [C in Channel]: Handler<C> };

/** A domain's slice of the handler map, e.g. `HandlersFor<'preferences.get' | 'preferences.update'>`. */
export type HandlersFor<C extends Channel> = { [K in C]: Handler<K> };

/** The channels of one domain, by their prefix: `DomainChannel<'preferences'>`. */
export type DomainChannel<D extends string> = Extract<Channel, `${D}.${string}`>;
