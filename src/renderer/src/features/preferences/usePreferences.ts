import { useQueryClient } from '@tanstack/react-query';
import type { Preferences, PreferencesPatch } from '../../../../shared/ipc/preferences';
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
  };
}
