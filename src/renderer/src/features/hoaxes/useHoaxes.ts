import type { HoaxListInput } from '../../../../shared/ipc/hoaxes';
import { useChannelQuery } from '../../api/channelQueries';

/** The data of the hoax views; each wraps one contract channel (`hoaxes.changed` refreshes them). */
export const useHoaxList = (input: HoaxListInput) => useChannelQuery('hoaxes.list', input);
export const useHoax = (id: string) => useChannelQuery('hoaxes.get', { id });
export const useHoaxStats = () => useChannelQuery('hoaxes.stats', {});

/** The crises a claim may belong to (read through the contract, not the crises feature). */
export const useCrisisChoices = (status: 'open' | 'closed' | 'all') => useChannelQuery('crises.list', { status });
