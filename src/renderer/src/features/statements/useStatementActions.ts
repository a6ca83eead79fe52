import { useChannelMutation } from '../../api/channelQueries';

/**
 * What the statements views can change, one named hook per contract channel: the views call
 * actions by name and never name a channel (lint keeps `useChannelMutation` out of components).
 */
export const useArchiveTemplate = () => useChannelMutation('statements.deleteTemplate');
export const useArmRelease = () => useChannelMutation('distribution.arm');
export const useComment = () => useChannelMutation('statements.comment');
export const useCorrectStatement = () => useChannelMutation('statements.correct');
export const useCreateStatement = () => useChannelMutation('statements.create');
export const useNameStandIn = () => useChannelMutation('statements.nameStandIn');
export const useQuoteFigure = () => useChannelMutation('crises.quoteFigure');
export const useReleaseStatement = () => useChannelMutation('statements.release');
export const useRevokeStandIn = () => useChannelMutation('statements.revokeStandIn');
export const useSaveTemplate = () => useChannelMutation('statements.saveTemplate');
export const useSubmitStatement = () => useChannelMutation('statements.submit');
export const useUnquoteFigure = () => useChannelMutation('crises.unquoteFigure');
export const useUpdateChain = () => useChannelMutation('statements.updateChain');
export const useUpdateReleasePolicy = () => useChannelMutation('statements.updateReleasePolicy');
export const useWithdrawStatement = () => useChannelMutation('statements.withdraw');
