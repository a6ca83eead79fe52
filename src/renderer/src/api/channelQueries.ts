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

/** The channels whose cached answers a core event makes stale, as its domain declares them. */
export function staleAfter(event: EventName): readonly Channel[] {
  const { invalidates } = events[event];
  return invalidates === 'everything' ? channels : invalidates;
}

/** Subscribes once to every core event and invalidates the queries it affects. */
export function useCoreEventInvalidation(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const unsubscribers = (Object.keys(events) as EventName[]).map((event) =>
      api.on(event, () => {
        for (const channel of staleAfter(event)) void queryClient.invalidateQueries({ queryKey: [channel] });
      }),
    );
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [api, queryClient]);
}
