import { useChannelMutation } from '../../api/channelQueries';

/**
 * What the conferences views can change, one named hook per contract channel: the views call
 * actions by name and never name a channel (lint keeps `useChannelMutation` out of components).
 */
export const useArchiveQa = () => useChannelMutation('conferences.archiveQa');
export const useCheckIn = () => useChannelMutation('conferences.checkIn');
export const useInvite = () => useChannelMutation('conferences.invite');
export const useNotifyInvitees = () => useChannelMutation('conferences.notify');
export const useSaveConference = () => useChannelMutation('conferences.save');
export const useSaveQa = () => useChannelMutation('conferences.saveQa');
export const useSaveQuestion = () => useChannelMutation('conferences.saveQuestion');
export const useSetRsvp = () => useChannelMutation('conferences.setRsvp');
export const useWalkIn = () => useChannelMutation('conferences.walkIn');
