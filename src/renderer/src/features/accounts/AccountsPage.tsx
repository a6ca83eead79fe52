import { Button, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/ipc/accounts';
import { useApi } from '../../api/ApiContext';
import { callOrThrow, useChannelQuery } from '../../api/channelQueries';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { AccountFormModal } from './AccountFormModal';
import { AccountsTable, type AccountAction } from './AccountsTable';
import { ResetPasswordModal } from './ResetPasswordModal';
import { notifyFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';

export function AccountsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const query = useChannelQuery('accounts.list', {});
  const format = useFormatInstant();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account>();
  const [resetting, setResetting] = useState<Account>();

  const act = (action: AccountAction, account: Account) => {
    if (action === 'edit') return setEditing(account);
    if (action === 'resetPassword') return setResetting(account);
    if (action === 'deactivate' && !window.confirm(t('accounts.confirmDeactivate', { username: account.username })))
      return;
    const channel =
      action === 'deactivate'
        ? 'accounts.deactivate'
        : action === 'reactivate'
          ? 'accounts.reactivate'
          : 'accounts.unlock';
    // The core's accounts.changed event refreshes the list.
    callOrThrow(api, channel, { id: account.id }).catch((error: unknown) => notifyFailure(t, error));
  };

  return (
    <Stack>
      <PageHeader
        title={t('accounts.title')}
        description={t('accounts.description')}
        actions={<Button onClick={() => setCreating(true)}>{t('accounts.add')}</Button>}
      />
      <Paper withBorder>
        <QueryState query={query}>
          {(accounts) => <AccountsTable accounts={accounts} formatInstant={format} onAction={act} />}
        </QueryState>
      </Paper>
      {creating && <AccountFormModal opened onClose={() => setCreating(false)} />}
      {editing && <AccountFormModal opened account={editing} onClose={() => setEditing(undefined)} />}
      {resetting && <ResetPasswordModal account={resetting} onClose={() => setResetting(undefined)} />}
    </Stack>
  );
}
