/**
 * What the renderer may ask of the core, and what the core pushes: the domains' channel and event
 * maps (each declared once, in `src/shared/ipc/<domain>.ts`), merged. Adding a channel: README.md.
 */
import type { z } from 'zod';
import { accountChannels, accountEvents } from './accounts';
import { appChannels } from './appInfo';
import { auditChannels } from './audit';
import { backupChannels, backupEvents } from './backups';
import type { ChannelPolicy, ChannelSpec, EventSpec } from './channelSpec';
import { conferenceChannels, conferenceEvents } from './conferences';
import { contactChannels, contactEvents } from './contacts';
import { crisisChannels, crisisEvents } from './crises';
import { distributionChannels, distributionEvents } from './distribution';
import { hoaxChannels, hoaxEvents } from './hoaxes';
import { feedChannels, feedEvents } from './feeds';
import { officeChannels, officeEvents } from './office';
import { storeChannels, storeEvents } from './store';
import { preferenceChannels, preferenceEvents } from './preferences';
import { statementChannels, statementEvents } from './statements';

export const contract = {
  ...appChannels,
  ...preferenceChannels,
  ...officeChannels,
  ...accountChannels,
  ...auditChannels,
  ...statementChannels,
  ...contactChannels,
  ...distributionChannels,
  ...conferenceChannels,
  ...crisisChannels,
  ...hoaxChannels,
  ...feedChannels,
  ...backupChannels,
  ...storeChannels,
} as const satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

/** Who may call a channel (see channelSpec.ts). */
export function policyOf(channel: Channel): ChannelPolicy {
  return contract[channel].policy;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/**
 * Push events from the core, merged from the domains. Each names what changed so the renderer can
 * invalidate the matching queries; payloads are small DTOs, never rows.
 */
export const events = {
  ...preferenceEvents,
  ...officeEvents,
  ...accountEvents,
  ...statementEvents,
  ...contactEvents,
  ...distributionEvents,
  ...conferenceEvents,
  ...crisisEvents,
  ...hoaxEvents,
  ...feedEvents,
  ...backupEvents,
  ...storeEvents,
} as const satisfies Record<string, EventSpec>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>;

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(events, value);
}

/** A pushed event as it travels over any transport. */
export type PushedEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];
