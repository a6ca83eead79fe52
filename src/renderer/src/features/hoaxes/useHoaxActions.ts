import { useChannelMutation } from '../../api/channelQueries';

/**
 * What the hoaxes views can change, one named hook per contract channel: the views call
 * actions by name and never name a channel (lint keeps `useChannelMutation` out of components).
 */
export const useAddEvidence = () => useChannelMutation('hoaxes.addEvidence');
export const useCloseClaim = () => useChannelMutation('hoaxes.close');
export const useDraftClarification = () => useChannelMutation('hoaxes.draftClarification');
export const useMergeClaims = () => useChannelMutation('hoaxes.merge');
export const useRecordVerdict = () => useChannelMutation('hoaxes.recordVerdict');
export const useRemoveEvidence = () => useChannelMutation('hoaxes.removeEvidence');
export const useReopenClaim = () => useChannelMutation('hoaxes.reopen');
export const useSaveClaim = () => useChannelMutation('hoaxes.save');
export const useStartVerifying = () => useChannelMutation('hoaxes.startVerifying');
export const useUploadScreenshot = () => useChannelMutation('hoaxes.uploadScreenshot');
