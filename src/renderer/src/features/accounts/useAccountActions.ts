import { useChannelMutation } from '../../api/channelQueries';

/**
 * What the accounts views can change, one named hook per contract channel: the views call
 * actions by name and never name a channel (lint keeps `useChannelMutation` out of components).
 */
export const useCreateAccount = () => useChannelMutation('accounts.create');
export const useResetPassword = () => useChannelMutation('accounts.resetPassword');
export const useUpdateAccount = () => useChannelMutation('accounts.update');
