import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../../api/channelQueries';
import { useFormatInstant } from '../../components/useOfficeTime';

/**
 * Whether the audit chain still matches its anchors outside the database (the desk's checkpoints
 * and its backups' heads): a quiet line when it does, an alert naming the event when it does not —
 * the one sign, inside the app, that someone rewrote the chain in the file.
 */
export function AnchorStatus() {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const report = useChannelQuery('audit.anchors', {});
  if (!report.data) return null;
  const { ok, checkpoints, backups, upToSeq, problems } = report.data;
  if (ok) {
    return (
      <Text size="sm" c="dimmed" data-testid="audit-anchors">
        {upToSeq === 0 ? t('audit.anchors.none') : t('audit.anchors.agree', { checkpoints, backups, seq: upToSeq })}
      </Text>
    );
  }
  return (
    <Alert color="red" title={t('audit.anchors.problemTitle')} data-testid="audit-anchors">
      {problems.slice(0, 5).map((problem, index) => (
        <Text size="sm" key={index}>
          {t(`audit.anchors.${problem.kind}`, {
            seq: problem.seq,
            what: problem.source === 'backup' ? problem.what : format(problem.what),
            source: t(`audit.anchors.source.${problem.source}`),
          })}
        </Text>
      ))}
    </Alert>
  );
}
