/** The two Electron IPC channel names the preload and the shell share; nothing else crosses. */
export const invokeChannel = 'siaga:invoke';
export const eventChannel = 'siaga:event';
