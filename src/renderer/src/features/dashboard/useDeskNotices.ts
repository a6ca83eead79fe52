import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { useCrisisBoard, useNow } from '../crises/useCrises';
import { useFormatInstant } from '../office/useOfficeTime';
import { useMyTasks } from '../statements/useStatements';
import { deskNotices } from './deskNotices';

/**
 * Announces what cannot wait (an update overdue, a golden-hour prompt missed, a statement waiting
 * for my decision), each once per session: as a desktop notification in the app, as an in-app
 * notice in browser mode. Data arrives through core events; the clock is checked every 15 seconds.
 */
export function useDeskNotices(): void {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const format = useFormatInstant();
  const board = useCrisisBoard();
  const tasks = useMyTasks();
  const now = useNow(15_000);
  const seen = useRef(new Set<string>());
  useEffect(() => {
    if (!board.data && !tasks.data) return;
    for (const notice of deskNotices(board.data, tasks.data?.toDecide ?? [], now.toISOString())) {
      if (seen.current.has(notice.key)) continue;
      seen.current.add(notice.key);
      const params = {
        ...notice.params,
        ...(notice.params.dueAt ? { dueAt: format(String(notice.params.dueAt)) } : {}),
      };
      const title = t(`dashboard.notice.${notice.kind}.title`);
      const body = t(`dashboard.notice.${notice.kind}.body`, params);
      if (api.notify) api.notify({ title, body });
      notifications.show({
        title,
        message: body,
        color: notice.kind === 'awaitingApproval' ? 'blue' : 'red',
        autoClose: notice.kind === 'awaitingApproval' ? 8000 : false,
        onClick: () => void navigate(notice.path),
        style: { cursor: 'pointer' },
      });
    }
  }, [board.data, tasks.data, now, api, t, format, navigate]);
}
