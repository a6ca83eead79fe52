import { useQueryClient } from '@tanstack/react-query';
import { useChannelMutation, useChannelQuery } from '../../api/channelQueries';

export function useBackupStatus() {
  return useChannelQuery('backups.status', {});
}

/**
 * After a restore every cached answer belongs to the replaced store (and every session ended
 * with it): forget them all, so the app starts again from the sign-in screen.
 */
export function useForgetEverything() {
  const queryClient = useQueryClient();
  // Reset, not remove: the screens mounted now (the signed-in person) ask again and learn the
  // session is gone, which shows the sign-in screen.
  return () => void queryClient.resetQueries();
}

export const useTakeBackup = () => useChannelMutation('backups.take');
export const useSetBackupFolder = () => useChannelMutation('backups.setFolder');
export const useRestoreBackup = () => useChannelMutation('backups.restore');
export const useRecoverStore = () => useChannelMutation('backups.recover');
