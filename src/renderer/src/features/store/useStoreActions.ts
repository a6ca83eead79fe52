import { useChannelMutation, useChannelQuery } from '../../api/channelQueries';

/** The desk's store: its own file, or the office server (and whether that server can be used now). */
export const useDeskStore = () => useChannelQuery('store.status', {});

/**
 * What the store views can change, one named hook per channel (see ../README.md). A connect, a
 * move and a retry start the core again on another store: the `store.switched` event makes every
 * cached answer stale, so the screens ask again (the sign-in screen, the wizard, the office).
 */
export const useTestServer = () => useChannelMutation('store.test');
export const useConnectServer = () => useChannelMutation('store.connect');
export const useMoveToServer = () => useChannelMutation('store.move');
export const useRetryServer = () => useChannelMutation('store.retry');
