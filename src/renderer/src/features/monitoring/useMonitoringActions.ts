import { useChannelMutation } from '../../api/channelQueries';

/**
 * What the monitoring views can change, one named hook per contract channel: the views call
 * actions by name and never name a channel (lint keeps `useChannelMutation` out of components).
 */
export const useAddFeed = () => useChannelMutation('feeds.add');
export const usePollFeed = () => useChannelMutation('feeds.poll');
export const useSaveSignalRules = () => useChannelMutation('feeds.saveRules');
export const useDismissSignal = () => useChannelMutation('feeds.dismissSignal');
export const useRecordSighting = () => useChannelMutation('feeds.recordSighting');
export const useOpenCrisisFromSignal = () => useChannelMutation('feeds.openCrisis');
