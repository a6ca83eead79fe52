import type { ChannelInput } from '../../../../shared/ipc/contract';
import { useChannelQuery } from '../../api/channelQueries';

/** The data of the distribution views; each wraps one contract channel (progress events refresh them). */
export const useMailSettings = () => useChannelQuery('distribution.settings', {});
export const useDistributions = (statementId: string) => useChannelQuery('distribution.list', { statementId });
export const useRecipients = (input: ChannelInput<'distribution.recipients'>) =>
  useChannelQuery('distribution.recipients', input, { placeholderData: (previous) => previous });
export const useDistributionPreview = (input: ChannelInput<'distribution.preview'>, enabled: boolean) =>
  useChannelQuery('distribution.preview', input, { enabled, placeholderData: (previous) => previous });
