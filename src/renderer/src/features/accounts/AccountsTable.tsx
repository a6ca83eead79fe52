import { ActionIcon, Badge, Group, Menu, Table, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/ipc/accounts';

export type AccountAction = 'edit' | 'resetPassword' | 'deactivate' | 'reactivate' | 'unlock';

export interface AccountsTableProps {
  accounts: Account[];
  formatInstant: (iso: string) => string;
  onAction: (action: AccountAction, account: Account) => void;
  now?: Date;
}

/** Every account with its roles and state; actions per row. Pure: data and handlers come in. */
export function AccountsTable({ accounts, formatInstant, onAction, now = new Date() }: AccountsTableProps) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover aria-label={t('accounts.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('accounts.fullName')}</Table.Th>
          <Table.Th>{t('session.username')}</Table.Th>
          <Table.Th>{t('accounts.roles')}</Table.Th>
          <Table.Th>{t('accounts.status')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accounts.map((account) => {
          const locked = account.lockedUntil !== null && account.lockedUntil > now.toISOString();
          return (
            <Table.Tr key={account.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {account.fullName}
                </Text>
                <Text size="xs" c="dimmed">
                  {account.position}
                </Text>
              </Table.Td>
              <Table.Td>{account.username}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {account.roles.map((role) => (
                    <Badge key={role} variant="light" size="sm">
                      {t(`role.${role}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                {!account.active ? (
                  <Badge color="gray">{t('accounts.inactive')}</Badge>
                ) : locked ? (
                  <Badge color="red">{t('accounts.lockedUntil', { time: formatInstant(account.lockedUntil!) })}</Badge>
                ) : (
                  <Badge color="teal">{t('accounts.active')}</Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={t('accounts.actions', { name: account.username })}>
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => onAction('edit', account)}>{t('accounts.edit')}</Menu.Item>
                    <Menu.Item onClick={() => onAction('resetPassword', account)}>
                      {t('accounts.resetPassword')}
                    </Menu.Item>
                    {locked && (
                      <Menu.Item onClick={() => onAction('unlock', account)}>{t('accounts.unlock')}</Menu.Item>
                    )}
                    {account.active ? (
                      <Menu.Item color="red" onClick={() => onAction('deactivate', account)}>
                        {t('accounts.deactivate')}
                      </Menu.Item>
                    ) : (
                      <Menu.Item onClick={() => onAction('reactivate', account)}>{t('accounts.reactivate')}</Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
