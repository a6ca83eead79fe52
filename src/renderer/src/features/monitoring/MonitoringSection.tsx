import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { FeedsPage } from './FeedsPage';
import { RulesPage } from './RulesPage';
import { SignalsPage } from './SignalsPage';

const tabs = ['signals', 'feeds', 'rules'] as const;

/** /monitoring: the early warnings and items read, the feeds and their health, the office's rules. */
export function MonitoringSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tab = tabs.find((name) => pathname.endsWith(`/monitoring/${name}`)) ?? 'signals';
  return (
    <Stack>
      <PageHeader title={t('monitoring.title')} description={t('monitoring.description')} />
      <Tabs
        value={tab}
        onChange={(value) => void navigate(value === 'signals' ? '/monitoring' : `/monitoring/${value}`)}
      >
        <Tabs.List>
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`monitoring.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<SignalsPage />} />
        <Route path="feeds" element={<FeedsPage />} />
        <Route path="rules" element={<RulesPage />} />
      </Routes>
    </Stack>
  );
}
