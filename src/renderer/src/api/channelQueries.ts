import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
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

/** What a caller does when its own call answers. */
export interface CallCallbacks<C extends Channel> {
  onSuccess?: (value: ChannelOutput<C>, input: ChannelInput<C>) => void;
  onError?: (error: ApiError, input: ChannelInput<C>) => void;
}

export function useChannelMutation<C extends Channel>(channel: C) {
  const api = useApi();
  const mutation = useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationKey: [channel],
    mutationFn: (input) => callOrThrow(api, channel, input),
  });
  const { mutateAsync } = mutation;
  // TanStack Query drops the callbacks given to `mutate` when the component that called it has
  // unmounted by the time the answer comes. The change a call makes can itself unmount its caller
  // first: its event (from this desk, or relayed from the office server) refetches the data a form
  // is keyed on, or turns the first-run wizard into the sign-in screen. The notice that the save
  // landed, or the wizard's sign-in, must not be lost with it, so these callbacks belong to the
  // call, not to the component.
  const mutate = useCallback(
    (input: ChannelInput<C>, callbacks: CallCallbacks<C> = {}) => {
      mutateAsync(input).then(
        (value) => callbacks.onSuccess?.(value, input),
        // The failure is on the mutation's state too; a caller without onError reads it there.
        (error: ApiError) => callbacks.onError?.(error, input),
      );
    },
    [mutateAsync],
  );
  return { ...mutation, mutate };
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
