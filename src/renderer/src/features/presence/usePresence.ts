import { useChannelQuery } from '../../api/channelQueries';

/**
 * Who is signed in now, and at which desk. Asked again every half minute: signing in and out at
 * another desk tells this one nothing by itself, and a minute-old answer is what "now" means here.
 */
export function usePresence() {
  return useChannelQuery('accounts.presence', {}, { refetchInterval: 30_000, staleTime: 15_000 });
}
