import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionAccount } from '../../../shared/ipc/accounts';

export function UserMenu({
  me,
  onChangePassword,
  onSignOut,
}: {
  me: SessionAccount;
  onChangePassword: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  const initials = me.fullName
    .split(/\s+/)
    .filter((part) => /^\p{L}/u.test(part))
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          aria-label={t('session.userMenu')}
          leftSection={
            <Avatar size="sm" radius="xl">
              {initials}
            </Avatar>
          }
          rightSection={<IconChevronDown size={14} />}
        >
          <Text size="sm" visibleFrom="sm" span>
            {me.fullName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t('session.signedInAs', { name: me.username })} · {me.roles.map((role) => t(`role.${role}`)).join(', ')}
        </Menu.Label>
        <Menu.Item onClick={onChangePassword}>{t('session.changePassword')}</Menu.Item>
        <Menu.Item color="red" onClick={onSignOut}>
          {t('session.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
