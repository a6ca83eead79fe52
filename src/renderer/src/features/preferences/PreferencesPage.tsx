import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { PreferencesPatch } from '../../../../shared/ipc/preferences';
import { QueryState } from '../../components/QueryState';
import { PreferencesView } from './PreferencesView';
import { usePreferences, useUpdatePreferences } from './usePreferences';
import { notifyFailure } from '../../components/notifyFailure';

export function PreferencesPage() {
  const { t } = useTranslation();
  const query = usePreferences();
  const { update, isPending } = useUpdatePreferences();
  const save = (patch: PreferencesPatch) =>
    update(patch).then(
      () => notifications.show({ message: t('preferences.saved'), color: 'teal' }),
      (error: unknown) => notifyFailure(t, error),
    );
  return (
    <QueryState query={query}>
      {(preferences) => (
        <PreferencesView preferences={preferences} disabled={isPending} onChange={(patch) => void save(patch)} />
      )}
    </QueryState>
  );
}
