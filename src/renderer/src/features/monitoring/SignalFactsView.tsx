import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignalFacts } from '../../../../shared/ipc/feeds';
import { Fact } from '../../components/Fact';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant, useFormatNumber } from '../../components/useOfficeTime';
import { useSignal } from './useMonitoring';

/** What the item said, as its source published it. */
export function SignalFactsView({ signalId }: { signalId: string }) {
  const signal = useSignal(signalId);
  return <QueryState query={signal}>{(detail) => <FactsGrid facts={detail.facts} />}</QueryState>;
}

export function FactsGrid({ facts }: { facts: SignalFacts }) {
  const { t } = useTranslation();
  const number = useFormatNumber();
  const format = useFormatInstant();
  if (facts.kind === 'quake') {
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
        <Fact label={t('monitoring.facts.magnitude')}>{number(facts.magnitude)}</Fact>
        <Fact label={t('monitoring.facts.depth')}>{facts.depthKm === null ? '—' : `${number(facts.depthKm)} km`}</Fact>
        <Fact label={t('monitoring.facts.position')}>
          {number(facts.latitude)}, {number(facts.longitude)}
        </Fact>
        <Fact label={t('monitoring.facts.region')}>{facts.region}</Fact>
        <Fact label={t('monitoring.facts.tsunami')}>{facts.tsunami || '—'}</Fact>
        <Fact label={t('monitoring.facts.felt')}>{facts.felt || '—'}</Fact>
      </SimpleGrid>
    );
  }
  if (facts.kind === 'cap') {
    return (
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
          <Fact label={t('monitoring.facts.event')}>{facts.event || '—'}</Fact>
          <Fact label={t('monitoring.facts.sender')}>
            <span style={{ wordBreak: 'break-all' }}>{facts.sender}</span>
          </Fact>
          <Fact label={t('monitoring.facts.msgType')}>{t(`monitoring.msgType.${facts.msgType}`, facts.msgType)}</Fact>
          <Fact label={t('monitoring.facts.severity')}>
            {[facts.severity, facts.urgency, facts.certainty]
              .map((word) => t(`monitoring.cap.${word}`, word))
              .join(' · ')}
          </Fact>
          <Fact label={t('monitoring.facts.areas')}>{facts.areas.join('; ') || '—'}</Fact>
          <Fact label={t('monitoring.facts.expires')}>{facts.expires ? format(facts.expires) : '—'}</Fact>
          <Fact label={t('monitoring.facts.schema')}>
            {facts.schemaValid === null
              ? t('monitoring.facts.schemaUnchecked')
              : facts.schemaValid
                ? t('monitoring.facts.schemaValid')
                : t('monitoring.facts.schemaInvalid', { reason: facts.schemaErrors[0] ?? '' })}
          </Fact>
        </SimpleGrid>
        {facts.description && <Text size="sm">{facts.description}</Text>}
        {facts.instruction && <Text size="sm">{facts.instruction}</Text>}
      </Stack>
    );
  }
  return (
    <Text size="sm">
      {facts.outlet && <b>{facts.outlet}: </b>}
      {facts.summary || '—'}
    </Text>
  );
}
