import { Alert, Anchor, Badge, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconChartBar, IconChevronDown } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfficialFigure, QuotedFigure } from '../../../../shared/ipc/crises';
import { useChannelQuery } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useQuoteFigure, useUnquoteFigure } from './useStatementActions';

/**
 * "Narasi tunggal" in the draft: the crisis's current official figures, inserted at the cursor and
 * recorded as quoted; a quote whose figure has since been superseded is flagged (the core refuses
 * to submit the draft until it quotes the current one or the quote is dropped).
 */
export function QuotedFigures({
  statementId,
  editable,
  inserterRef,
}: {
  statementId: string;
  editable: boolean;
  inserterRef: RefObject<((text: string) => void) | null>;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatInstant();
  const links = useChannelQuery('crises.statementFigures', { id: statementId });
  const crisis = links.data?.crisis ?? null;
  const figures = useChannelQuery('crises.figures', { id: crisis?.id ?? '' }, { enabled: crisis !== null });
  const quote = useQuoteFigure();
  const unquote = useUnquoteFigure();
  if (!crisis) return null;
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  const words = (figure: Pick<OfficialFigure, 'value' | 'unit' | 'source' | 'asOf'>) =>
    t('statements.figures.inserted', {
      value: `${number.format(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}`,
      source: figure.source,
      time: format(figure.asOf),
    });
  const current = (figures.data ?? []).filter((figure) => !figure.superseded);
  const insert = (figure: OfficialFigure) =>
    quote.mutate(
      { statementId, figureId: figure.id },
      { onSuccess: () => inserterRef.current?.(words(figure)), onError: (error) => notifyFailure(t, error) },
    );
  const stale = links.data?.quoted.filter((figure) => figure.superseded) ?? [];
  const newest = (quoted: QuotedFigure) => current.find((figure) => figure.id === quoted.current.figureId);

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('statements.figures.title')}>
      <Group justify="space-between" mb={6}>
        <Text size="sm" fw={600}>
          {t('statements.figures.title')}{' '}
          <Anchor component={Link} to={`/crises/${crisis.id}`} size="sm" fw={400}>
            {crisis.title}
          </Anchor>
        </Text>
        {editable && (
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconChartBar size={14} />}
                rightSection={<IconChevronDown size={14} />}
              >
                {t('statements.figures.insert')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {current.length === 0 && <Menu.Label>{t('statements.figures.none')}</Menu.Label>}
              {current.map((figure) => (
                <Menu.Item key={figure.id} onClick={() => insert(figure)}>
                  {figure.label}: {number.format(figure.value)} {figure.unit}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {stale.length > 0 && (
        <Alert color="red" title={t('statements.figures.staleTitle')} mb="xs" role="alert">
          <Stack gap={4}>
            {stale.map((quoted) => (
              <Group key={quoted.seriesId} justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {t('statements.figures.stale', {
                    label: quoted.label,
                    old: number.format(quoted.value),
                    current: number.format(quoted.current.value),
                  })}
                </Text>
                {editable && newest(quoted) && (
                  <Button size="compact-xs" onClick={() => insert(newest(quoted)!)}>
                    {t('statements.figures.useCurrent')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
      {(links.data?.quoted ?? []).length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('statements.figures.noneQuoted')}
        </Text>
      ) : (
        <Group gap={6}>
          {links.data!.quoted.map((quoted) => (
            <Badge
              key={quoted.seriesId}
              color={quoted.superseded ? 'red' : 'teal'}
              variant="light"
              rightSection={
                editable ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    aria-label={t('statements.figures.drop', { label: quoted.label })}
                    onClick={() =>
                      unquote.mutate(
                        { statementId, seriesId: quoted.seriesId },
                        { onError: (error) => notifyFailure(t, error) },
                      )
                    }
                  >
                    ×
                  </Anchor>
                ) : undefined
              }
            >
              {quoted.label}: {number.format(quoted.value)} {quoted.unit}
            </Badge>
          ))}
        </Group>
      )}
    </Paper>
  );
}
