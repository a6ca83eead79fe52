import { useChannelQuery } from '../../api/channelQueries';

export function useAppInfo() {
  return useChannelQuery('app.info', {});
}
