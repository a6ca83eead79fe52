import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SiagaApi } from '../../../shared/ipc/api';
import {
  channels,
  events,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type EventName,
} from '../../../shared/ipc/contract';
import { ApiError } from './apiError';
import { useApi } from './ApiContext';

/** One query key per contract channel (plus its input), so an event can invalidate by channel. */
export function channelKey<C extends Channel>(channel: C, input?: ChannelInput<C>): readonly unknown[] {
  return input === undefined ? [channel] : [channel, input];
}

export async function callOrThrow<C extends Channel>(
  api: SiagaApi,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await api.invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function useChannelQuery<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: Omit<UseQueryOptions<ChannelOutput<C>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  const api = useApi();
  return useQuery<ChannelOutput<C>, ApiError>({
    queryKey: channelKey(channel, input),
    queryFn: () => callOrThrow(api, channel, input),
    ...options,
  });
}

export function useChannelMutation<C extends Channel>(channel: C) {
  const api = useApi();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => callOrThrow(api, channel, input),
  });
}

/** Which channels' cached answers each core event makes stale. Extend with every new event. */
export const eventInvalidates: Record<EventName, Channel[]> = {
  'backups.changed': ['backups.status', 'backups.recovery', 'audit.list', 'audit.head'],
  // Every cached answer came from the store a restore replaced (and every session ended with it).
  'backups.restored': channels,
  'hoaxes.changed': ['hoaxes.list', 'hoaxes.get', 'hoaxes.stats', 'hoaxes.similar', 'audit.list', 'audit.head'],
  'preferences.changed': ['preferences.get'],
  'office.changed': ['office.status', 'office.get', 'audit.list', 'audit.head'],
  'accounts.changed': ['accounts.list', 'accounts.me', 'audit.list', 'audit.head', 'statements.people'],
  'statements.changed': [
    'statements.list',
    'statements.myTasks',
    'statements.get',
    'statements.timeline',
    'statements.templates',
    'statements.chain',
    // A release starts or keeps a crisis's clock; a quote changes what the draft shows.
    'crises.get',
    'crises.board',
    'crises.timeline',
    'crises.metrics',
    'crises.statementFigures',
    // A clarification's status shows on its claim; its release clarifies the claim.
    'hoaxes.get',
    'hoaxes.list',
    'audit.list',
    'audit.head',
  ],
  'contacts.changed': [
    'contacts.list',
    'contacts.get',
    'contacts.outlets',
    'contacts.lists',
    'audit.list',
    'audit.head',
  ],
  // Progress is read by the import wizard itself; it makes nothing stale.
  'contacts.importProgress': [],
  'distribution.progress': [
    'distribution.list',
    'distribution.get',
    'distribution.recipients',
    'distribution.contactHistory',
    // An invitation job's progress changes who counts as invited and which version they hold.
    'conferences.get',
    'conferences.invitees',
    // Failed sends show on the home view.
    'crises.board',
  ],
  'conferences.changed': [
    'conferences.list',
    'conferences.get',
    'conferences.invitees',
    'conferences.questions',
    'conferences.qaBank',
    'crises.get',
    'crises.timeline',
    'audit.list',
    'audit.head',
  ],
  'crises.changed': [
    'crises.list',
    'crises.get',
    'crises.figures',
    'crises.timeline',
    'crises.stakeholders',
    'crises.requests',
    'crises.metrics',
    'crises.board',
    'crises.lessons',
    'crises.statementFigures',
    'audit.list',
    'audit.head',
  ],
  'crises.playbookChanged': [
    'crises.playbook',
    'crises.goldenHourTargets',
    'crises.get',
    'crises.board',
    'audit.list',
    'audit.head',
  ],
};

/** Subscribes once to every core event and invalidates the queries it affects. */
export function useCoreEventInvalidation(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const unsubscribers = (Object.keys(events) as EventName[]).map((event) =>
      api.on(event, () => {
        for (const channel of eventInvalidates[event]) void queryClient.invalidateQueries({ queryKey: [channel] });
      }),
    );
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [api, queryClient]);
}
