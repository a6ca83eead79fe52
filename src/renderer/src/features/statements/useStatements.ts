import type { ChannelInput } from '../../../../shared/ipc/contract';
import { useChannelQuery } from '../../api/channelQueries';

/** The data of the statements views; each wraps one contract channel (core events refresh them). */
export const useStatementList = (input: ChannelInput<'statements.list'>) =>
  useChannelQuery('statements.list', input, { placeholderData: (previous) => previous });
export const useStatement = (id: string) => useChannelQuery('statements.get', { id });
export const useTimeline = (id: string) => useChannelQuery('statements.timeline', { id });
export const useMyTasks = () => useChannelQuery('statements.myTasks', {});
export const usePeople = () => useChannelQuery('statements.people', {}, { staleTime: 60_000 });
export const useTemplates = (kind?: ChannelInput<'statements.templates'>['kind']) =>
  useChannelQuery('statements.templates', kind ? { kind } : {});
export const useApprovalChain = () => useChannelQuery('statements.chain', {});
