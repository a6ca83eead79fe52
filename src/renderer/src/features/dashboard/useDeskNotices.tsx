import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { useCrisisBoard, useNow } from '../crises/useCrises';
import { useHoaxList } from '../hoaxes/useHoaxes';
import { useFormatInstant } from '../office/useOfficeTime';
import { useMe } from '../session/useSession';
import { useMyTasks } from '../statements/useStatements';
import { deskNotices } from './deskNotices';

/** What each person has been told while this window is open (signing out and in again does not repeat it). */
const announced = new Map<string, Set<string>>();
const seenBy = (accountId: string) => {
  const seen = announced.get(accountId) ?? new Set<string>();
  announced.set(accountId, seen);
  return seen;
};

/**
 * Announces what cannot wait (an update overdue, a golden-hour prompt missed, a statement waiting
 * for my decision, a new claim about an open crisis), each once per person while the window is open: as a desktop notification in the app, as an in-app
 * notice in browser mode. Data arrives through core events; the clock is checked every 15 seconds.
 */
export function useDeskNotices(): void {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const format = useFormatInstant();
  const board = useCrisisBoard();
  const tasks = useMyTasks();
  const reported = useHoaxList({ statuses: ['reported'], limit: 50 });
  const now = useNow(15_000);
  const me = useMe();
  const accountId = me.data?.id ?? '';
  useEffect(() => {
    if ((!board.data && !tasks.data) || !accountId) return;
    const seen = seenBy(accountId);
    const claims = reported.data?.items ?? [];
    for (const notice of deskNotices(board.data, tasks.data?.toDecide ?? [], now.toISOString(), claims)) {
      if (seen.has(notice.key)) continue;
      seen.add(notice.key);
      const params = {
        ...notice.params,
        ...(notice.params.dueAt ? { dueAt: format(String(notice.params.dueAt)) } : {}),
      };
      const title = t(`dashboard.notice.${notice.kind}.title`);
      const body = t(`dashboard.notice.${notice.kind}.body`, params);
      if (api.notify) api.notify({ title, body });
      notifications.show({
        title,
        message: (
          <Stack gap={4} align="flex-start">
            <Text size="sm">{body}</Text>
            <Anchor component="button" type="button" size="sm" onClick={() => void navigate(notice.path)}>
              {t(`dashboard.notice.${notice.kind}.open`)}
            </Anchor>
          </Stack>
        ),
        color: notice.kind === 'awaitingApproval' ? 'blue' : notice.kind === 'hoaxReported' ? 'orange' : 'red',
        // Clear of the header's controls and the page's own actions at the top.
        position: 'bottom-right',
        // Long enough to be read; the home view keeps showing what is overdue after it goes.
        autoClose: notice.kind === 'awaitingApproval' || notice.kind === 'hoaxReported' ? 8000 : 20_000,
        closeButtonProps: { 'aria-label': t('dashboard.notice.close') },
      });
    }
  }, [board.data, tasks.data, reported.data, now, api, t, format, navigate, accountId]);
}
