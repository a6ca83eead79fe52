import {
  ActionIcon,
  Anchor,
  Box,
  Divider,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DeskNotice } from './deskNotices';
import type { DeskNoticeState, ShownNotice } from './useDeskNotices';

const colorOf = (kind: DeskNotice['kind']) =>
  kind === 'awaitingApproval' ? 'blue' : kind === 'hoaxReported' ? 'orange' : 'red';

/**
 * Desk notices in a place of their own: a bell with the count of what still asks for something,
 * opening the list; and, when something new arrives, one brief line beside it in the header —
 * never over the page, its forms or their buttons. A notice's action names what it does
 * ("Tinjau dan putuskan"), never the label of a button on the page it leads to.
 */
export function NoticeCentre({
  state,
  onDecide,
}: {
  state: DeskNoticeState;
  /** Opens the decision drawer for a statement waiting for me, where I am. */
  onDecide: (statementId: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const { notices, fresh, dismissFresh } = state;

  const act = (notice: ShownNotice) => {
    setOpened(false);
    dismissFresh();
    if (notice.kind === 'awaitingApproval') onDecide(String(notice.params.statementId));
    else void navigate(notice.path);
  };

  // The newest, and how many more arrived with it (the centre lists them all).
  const newest = fresh.at(-1);
  const briefly = newest
    ? `${newest.title}: ${newest.body}${fresh.length > 1 ? ` ${t('dashboard.notice.more', { count: fresh.length - 1 })}` : ''}`
    : '';

  return (
    <Box style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
      {newest && (
        <UnstyledButton
          role="status"
          aria-live="polite"
          onClick={() => {
            dismissFresh();
            if (fresh.length === 1) act(newest);
            else setOpened(true);
          }}
          visibleFrom="md"
          style={{
            maxWidth: 380,
            padding: '4px 10px',
            borderRadius: 16,
            background: `var(--mantine-color-${colorOf(newest.kind)}-light)`,
          }}
        >
          <Text size="sm" truncate="end" c={`${colorOf(newest.kind)}.9`}>
            {briefly}
          </Text>
        </UnstyledButton>
      )}
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={380}
        shadow="md"
        withinPortal
        trapFocus
      >
        <Popover.Target>
          <Indicator
            label={notices.length}
            size={18}
            disabled={notices.length === 0}
            color={notices.some((notice) => notice.kind !== 'awaitingApproval') ? 'red' : 'blue'}
            offset={4}
          >
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('dashboard.notice.centre', { count: notices.length })}
              aria-haspopup="dialog"
              aria-expanded={opened}
              onClick={() => {
                setOpened((open) => !open);
                dismissFresh();
              }}
            >
              <IconBell size={18} />
            </ActionIcon>
          </Indicator>
        </Popover.Target>
        <Popover.Dropdown role="dialog" aria-label={t('dashboard.notice.heading')} p="xs">
          <Text fw={600} size="sm" px="xs" pb={4}>
            {t('dashboard.notice.heading')}
          </Text>
          {notices.length === 0 ? (
            <Text size="sm" c="dimmed" px="xs" pb="xs">
              {t('dashboard.notice.none')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={420}>
              <Stack gap={0}>
                {notices.map((notice, index) => (
                  <Fragment key={notice.key}>
                    {index > 0 && <Divider />}
                    <Stack gap={2} p="xs" component="article" aria-label={notice.title}>
                      <Text size="xs" fw={700} c={`${colorOf(notice.kind)}.7`} tt="uppercase">
                        {notice.title}
                      </Text>
                      <Text size="sm">{notice.body}</Text>
                      <Anchor component="button" type="button" size="sm" onClick={() => act(notice)} ta="left">
                        {t(`dashboard.notice.${notice.kind}.open`)}
                      </Anchor>
                    </Stack>
                  </Fragment>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Box>
  );
}
