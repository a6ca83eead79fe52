import { useChannelMutation } from '../../api/channelQueries';

/**
 * What the distribution views can change, one named hook per contract channel: the views call
 * actions by name and never name a channel (lint keeps `useChannelMutation` out of components).
 */
export const useCancelDistribution = () => useChannelMutation('distribution.cancel');
export const useDistribute = () => useChannelMutation('distribution.create');
export const usePauseDistribution = () => useChannelMutation('distribution.pause');
export const useResumeDistribution = () => useChannelMutation('distribution.resume');
export const useRetryFailed = () => useChannelMutation('distribution.retryFailed');
export const useSaveMailSettings = () => useChannelMutation('distribution.saveSettings');
export const useTestMailSettings = () => useChannelMutation('distribution.testSettings');
