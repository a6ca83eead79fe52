import type { ChannelInput } from '../../../../shared/ipc/contract';
import { useChannelQuery } from '../../api/channelQueries';

/** The data of the conference views; each wraps one contract channel (`conferences.changed` refreshes them). */
export const useConferenceRange = (input: ChannelInput<'conferences.list'>) =>
  useChannelQuery('conferences.list', input, { placeholderData: (previous) => previous });
export const useConference = (id: string) => useChannelQuery('conferences.get', { id });
export const useInvitees = (id: string) => useChannelQuery('conferences.invitees', { id });
export const useQuestions = (id: string) => useChannelQuery('conferences.questions', { id });
export const useQaBank = () => useChannelQuery('conferences.qaBank', {});
export const usePeople = () => useChannelQuery('statements.people', {});
