import { notifications, useNotifications } from '@mantine/notifications';
import { useEffect } from 'react';

/**
 * One brief confirmation at a time, and always the latest: with `limit={1}` Mantine queues a new
 * notice behind the one on screen, so "Revisi disimpan" would wait seconds behind an older "Data
 * krisis disimpan". When something is queued, the one showing makes way at once.
 */
export function LatestNoticeOnly() {
  const { notifications: shown, queue } = useNotifications();
  useEffect(() => {
    if (queue.length === 0) return;
    for (const notice of shown) if (notice.id) notifications.hide(notice.id);
  }, [queue, shown]);
  return null;
}
