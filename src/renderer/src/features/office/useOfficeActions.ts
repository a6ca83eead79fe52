import { useChannelMutation } from '../../api/channelQueries';

/**
 * What the office views can change, one named hook per contract channel: the views call
 * actions by name and never name a channel (lint keeps `useChannelMutation` out of components).
 */
export const useSetUpOffice = () => useChannelMutation('office.setup');
export const useUpdateOffice = () => useChannelMutation('office.update');
