import { useQueryClient } from '@tanstack/react-query';
import { defaultPreferences, type Preferences, type PreferencesPatch } from '../../../../shared/ipc/preferences';
import { channelKey, useChannelMutation, useChannelQuery } from '../../api/channelQueries';

export function usePreferences() {
  return useChannelQuery('preferences.get', {});
}

/** Saves a change and puts the answer straight into the cache so the UI follows at once. */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  const mutation = useChannelMutation('preferences.update');
  return {
    ...mutation,
    update: (patch: PreferencesPatch) =>
      mutation.mutateAsync(patch).then((next: Preferences) => {
        queryClient.setQueryData(channelKey('preferences.get', {}), next);
        return next;
      }),
    /**
     * For the screens shown while there is no store to keep them (the office server cannot be
     * reached): the change applies on this screen now, and is not kept.
     */
    applyHere: (patch: PreferencesPatch) =>
      queryClient.setQueryData(channelKey('preferences.get', {}), (current: Preferences | undefined) => ({
        ...defaultPreferences,
        ...current,
        ...patch,
      })),
  };
}
