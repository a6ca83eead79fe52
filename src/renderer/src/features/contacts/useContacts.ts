import type { ChannelInput } from '../../../../shared/ipc/contract';
import { useChannelQuery } from '../../api/channelQueries';

/** The data of the contacts views; each wraps one contract channel (core events refresh them). */
export const useContact = (id: string) => useChannelQuery('contacts.get', { id });
export const useOutlets = () => useChannelQuery('contacts.outlets', {});
export const useContactLists = () => useChannelQuery('contacts.lists', {});
export const useContactPage = (input: ChannelInput<'contacts.list'>) =>
  useChannelQuery('contacts.list', input, { placeholderData: (previous) => previous });

/** What was sent to one person (the contact page's messages). */
export const useContactHistory = (id: string) => useChannelQuery('distribution.contactHistory', { id });
