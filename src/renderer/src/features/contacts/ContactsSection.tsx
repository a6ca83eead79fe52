import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { rolesAllow } from '../../../../shared/permissions';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../components/useSession';
import { ContactDetailPage } from './ContactDetailPage';
import { ContactsPage } from './ContactsPage';
import { ImportWizard } from './ImportWizard';
import { ListsPage } from './ListsPage';
import { OutletsPage } from './OutletsPage';
import { ReviewQueuePage } from './ReviewQueuePage';

// Tab values are path segments under /contacts; the address book itself is the index route.
const tabs = ['contacts', 'outlets', 'lists', 'review', 'import'] as const;
const managerTabs = new Set(['review', 'import']);

/** /contacts and its tabs (outlets, lists, review queue, import); /contacts/new and /contacts/:id. */
export function ContactsSection() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const mayManage = rolesAllow(me.data?.roles ?? [], 'contacts.manage');
  const segment = location.pathname.split('/')[2] || 'contacts';
  const current = (tabs as readonly string[]).includes(segment) ? segment : null;
  return (
    <Stack>
      <PageHeader title={t('contacts.title')} description={t('contacts.description')} />
      {current !== null && (
        <Tabs
          value={current}
          onChange={(value) => void navigate(value && value !== 'contacts' ? `/contacts/${value}` : '/contacts')}
        >
          <Tabs.List>
            {tabs
              .filter((tab) => mayManage || !managerTabs.has(tab))
              .map((tab) => (
                <Tabs.Tab key={tab} value={tab}>
                  {t(`contacts.tabs.${tab}`)}
                </Tabs.Tab>
              ))}
          </Tabs.List>
        </Tabs>
      )}
      <Routes>
        <Route index element={<ContactsPage />} />
        <Route path="outlets" element={<OutletsPage />} />
        <Route path="lists" element={<ListsPage />} />
        <Route path="review" element={<ReviewQueuePage />} />
        <Route path="import" element={<ImportWizard />} />
        <Route path=":id" element={<ContactDetailPage />} />
      </Routes>
    </Stack>
  );
}
