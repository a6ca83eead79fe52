import type { z } from 'zod';
import type { signalListInputSchema } from '../../../../shared/ipc/feeds';
import { useChannelQuery } from '../../api/channelQueries';

/** The data of the monitoring views; each wraps one contract channel (`feeds.changed` refreshes them). */
export const useFeeds = () => useChannelQuery('feeds.list', {});
export const useSignals = (input: z.input<typeof signalListInputSchema>, enabled = true) =>
  useChannelQuery('feeds.signals', input, { enabled });
export const useSignal = (id: string) => useChannelQuery('feeds.signal', { id });
export const useSignalRules = () => useChannelQuery('feeds.rules', {});
export const useStatementPickup = (statementId: string) =>
  useChannelQuery('feeds.pickup', { statementId, crisisId: null });
export const useCrisisPickup = (crisisId: string) => useChannelQuery('feeds.pickup', { statementId: null, crisisId });
/** Outlets a news feed may belong to (read through the contract; only for those who see contacts). */
export const useOutlets = (enabled: boolean) => useChannelQuery('contacts.outlets', {}, { enabled });
