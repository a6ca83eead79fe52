import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useCrisisBoard, useNow } from '../crises/public';
import { useHoaxList } from '../hoaxes/public';
import { useSignals } from '../monitoring/public';
import { useFormatInstant } from '../../components/useOfficeTime';
import { rolesAllow } from '../../../../shared/permissions';
import { useMe } from '../../components/useSession';
import { useMyTasks } from '../statements/public';
import { deskNotices, type DeskNotice } from './deskNotices';
import { loadSeen, saveSeen } from './seenNotices';

/** A notice as the centre shows it, in the language of the moment. */
export interface ShownNotice extends DeskNotice {
  title: string;
  body: string;
}

export interface DeskNoticeState {
  /** Everything that still asks for something, newest concern first; gone once it is done. */
  notices: ShownNotice[];
  /** Notices new to this person since the last look, newest last: shown once, briefly, in the header. */
  fresh: ShownNotice[];
  /** The brief line has been read or has timed out. */
  dismissFresh: () => void;
}

/** Most urgent first: a promise broken, the golden hour slipping, a warning that may be a crisis, a decision owed, a rumour. */
const urgency: DeskNotice['kind'][] = [
  'updateOverdue',
  'promptMissed',
  'earlyWarning',
  'awaitingApproval',
  'hoaxReported',
];

/** How long the brief line stays once the person is active; the centre keeps the notice after that. */
const freshMs = 7000;

/**
 * What cannot wait (an update overdue, a golden-hour prompt missed, a statement waiting for my
 * decision, a new claim about an open crisis), derived afresh from core data every time it
 * changes, so a notice disappears as soon as what it asks for is done. Each is announced once per
 * person (remembered across reloads and sign-ins): as a desktop notification in the app and as a
 * brief line in the header; the notice centre lists the ones still standing. Text is translated
 * at render time so switching the language switches the notices too.
 */
export function useDeskNotices(): DeskNoticeState {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormatInstant();
  const board = useCrisisBoard();
  const tasks = useMyTasks();
  const reported = useHoaxList({ statuses: ['reported'], limit: 50 });
  const me = useMe();
  // Early warnings ask something only of those who can act on one (open a crisis, record a rumour).
  const actsOnSignals =
    rolesAllow(me.data?.roles ?? [], 'crises.manage') || rolesAllow(me.data?.roles ?? [], 'hoaxes.manage');
  const warnings = useSignals({ pendingOnly: true, limit: 20 }, actsOnSignals);
  const now = useNow(15_000);
  const accountId = me.data?.id ?? '';
  const [freshKeys, setFreshKeys] = useState<string[]>([]);
  const seen = useRef<{ accountId: string; keys: Set<string> }>({ accountId: '', keys: new Set() });

  const ready = Boolean((board.data || tasks.data) && accountId);
  const raw = ready
    ? deskNotices(
        board.data,
        tasks.data?.toDecide ?? [],
        now.toISOString(),
        reported.data?.items ?? [],
        actsOnSignals ? (warnings.data ?? []) : [],
      )
    : [];
  const notices = raw.map((notice): ShownNotice => {
    const params = {
      ...notice.params,
      ...(notice.params.dueAt ? { dueAt: format(String(notice.params.dueAt)) } : {}),
    };
    return {
      ...notice,
      title: t(`dashboard.notice.${notice.kind}.title`),
      body: t(`dashboard.notice.${notice.kind}.body`, params),
    };
  });
  const signature = notices.map((notice) => notice.key).join('|');

  useEffect(() => {
    if (!ready) return;
    if (seen.current.accountId !== accountId) {
      seen.current = { accountId, keys: loadSeen(localStorage, accountId) };
      setFreshKeys([]);
    }
    const keys = seen.current.keys;
    const arrived = notices.filter((notice) => !keys.has(notice.key));
    if (arrived.length === 0) return;
    for (const notice of arrived) {
      keys.add(notice.key);
      if (api.notify) api.notify({ title: notice.title, body: notice.body });
    }
    saveSeen(localStorage, accountId, keys);
    // Added to those still showing (newest last): what arrives while the person is away adds up.
    // Of several arriving at once, the most urgent goes last, so the line shows it.
    const ordered = [...arrived].sort((a, b) => urgency.indexOf(b.kind) - urgency.indexOf(a.kind));
    setFreshKeys((showing) => [...showing, ...ordered.map((notice) => notice.key)]);
    // `notices` is rebuilt every render; its keys are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, ready, accountId, api]);

  // The line stays until the person is there to read it: it goes `freshMs` after their first
  // click or key press once it appeared (a desk left alone finds it waiting), or when opened.
  useEffect(() => {
    if (freshKeys.length === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startClock = () => {
      if (!timer) timer = setTimeout(() => setFreshKeys([]), freshMs);
    };
    window.addEventListener('pointerdown', startClock, { once: true });
    window.addEventListener('keydown', startClock, { once: true });
    return () => {
      window.removeEventListener('pointerdown', startClock);
      window.removeEventListener('keydown', startClock);
      if (timer) clearTimeout(timer);
    };
  }, [freshKeys]);

  // A fresh notice already dealt with (approved from elsewhere) leaves the header at once.
  // In the order they arrived (newest last), not the centre's order.
  const byKey = new Map(notices.map((notice) => [notice.key, notice]));
  const fresh = freshKeys.flatMap((key) => byKey.get(key) ?? []);
  return { notices, fresh, dismissFresh: () => setFreshKeys([]) };
}
