import { useChannelMutation } from '../../api/channelQueries';

/**
 * What the contacts views can change, one named hook per contract channel: the views call
 * actions by name and never name a channel (lint keeps `useChannelMutation` out of components).
 */
export const useAddToList = () => useChannelMutation('contacts.addToList');
export const useArchiveList = () => useChannelMutation('contacts.archiveList');
export const useBulkUpdateContacts = () => useChannelMutation('contacts.bulkUpdate');
export const useCreateContact = () => useChannelMutation('contacts.create');
export const useCreateOutlet = () => useChannelMutation('contacts.createOutlet');
export const useEraseContact = () => useChannelMutation('contacts.erase');
export const useRecordOptOut = () => useChannelMutation('contacts.recordOptOut');
export const useRemoveFromList = () => useChannelMutation('contacts.removeFromList');
export const useSaveList = () => useChannelMutation('contacts.saveList');
export const useUpdateContact = () => useChannelMutation('contacts.update');
export const useUpdateOutlet = () => useChannelMutation('contacts.updateOutlet');
