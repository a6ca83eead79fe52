import { useChannelMutation } from '../../api/channelQueries';

/**
 * What the session views can change, one named hook per contract channel: the views call
 * actions by name and never name a channel (lint keeps `useChannelMutation` out of components).
 */
export const useChangeOwnPassword = () => useChannelMutation('accounts.changePassword');
export const useLogin = () => useChannelMutation('accounts.login');
