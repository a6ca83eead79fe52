import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConferenceWarning } from '../../../../shared/ipc/conferences';
import { formatInstant } from '../../../../shared/time/formatInstant';

/** Double bookings (naming the other event, in its own zone) and times outside office hours. */
export function ConferenceWarnings({ warnings }: { warnings: ConferenceWarning[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('conferences.warnings.title')} role="status">
      <List size="sm">
        {warnings.map((warning, index) => (
          <List.Item key={index}>
            {warning.kind === 'officeHours'
              ? t('conferences.warnings.officeHours')
              : t(`conferences.warnings.${warning.kind}`, {
                  what: warning.what,
                  other: warning.other?.title ?? '',
                  time: warning.other ? formatInstant(warning.other.startsAt, warning.other.zone, language) : '',
                })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
