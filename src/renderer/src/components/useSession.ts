import { useQueryClient } from '@tanstack/react-query';
import type { LoginResult } from '../../../shared/ipc/accounts';
import { ApiError } from '../api/apiError';
import { channelKey, useChannelMutation, useChannelQuery } from '../api/channelQueries';

export function useOfficeStatus() {
  return useChannelQuery('office.status', {});
}

/** The signed-in account; an UNAUTHENTICATED answer means "show the sign-in screen". */
export function useMe() {
  return useChannelQuery(
    'accounts.me',
    {},
    {
      retry: (count, error) => !(error instanceof ApiError && error.code === 'UNAUTHENTICATED') && count < 1,
      // Refetched only when told (sign-in, sign-out, an accounts event, a refused call): several
      // screens read it, and a remount must not turn the sign-in screen back into a spinner.
      staleTime: Infinity,
      refetchOnMount: false,
      retryOnMount: false,
    },
  );
}

/** After sign-in or setup: the answer is the new "me"; everything else is refetched for this person. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return (result: LoginResult) => {
    queryClient.setQueryData(channelKey('accounts.me', {}), result.account);
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'accounts.me' });
  };
}

/** What the desk keeps from one person to the next: the office, the desk's own settings, the app. */
export const keptAcrossPeople = ['office.status', 'preferences.get', 'app.info'];

export function useLogout() {
  const queryClient = useQueryClient();
  const mutation = useChannelMutation('accounts.logout');
  return async () => {
    await mutation.mutateAsync({}).catch(() => undefined);
    // Forget everything cached for this person before the next one signs in.
    queryClient.removeQueries({ predicate: (query) => !keptAcrossPeople.includes(String(query.queryKey[0])) });
    await queryClient.invalidateQueries({ queryKey: ['accounts.me'] });
  };
}
