/** The two Electron IPC channel names the preload and the shell share; nothing else crosses. */
export const invokeChannel = 'siaga:invoke';
export const eventChannel = 'siaga:event';
/** One-way: the renderer asks the shell to show a desktop notification (title and body only). */
export const noticeChannel = 'siaga:notice';
