import { Anchor, Badge, Button, Group, Menu, Paper, Text } from '@mantine/core';
import { IconChartBar, IconChevronDown } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfficialFigure } from '../../../../shared/ipc/crises';
import type { Language } from '../../../../shared/ipc/preferences';
import { notifyFailure } from '../../components/notifyFailure';
import { useStatementFigures } from './useStatementFigures';
import { useQuoteFigure, useUnquoteFigure } from './useStatementActions';

/**
 * "Narasi tunggal" in the draft: the crisis's current official figures, inserted at the cursor and
 * recorded as quoted. A figure revised since is flagged at the top of the editor (`StaleFigures`).
 */
export function QuotedFigures({
  statementId,
  language,
  editable,
  inserterRef,
}: {
  statementId: string;
  language: Language;
  editable: boolean;
  inserterRef: RefObject<((text: string) => void) | null>;
}) {
  const { t, i18n } = useTranslation();
  const figures = useStatementFigures(statementId, language);
  const quote = useQuoteFigure();
  const unquote = useUnquoteFigure();
  const crisis = figures.crisis;
  if (!crisis) return null;
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID');
  const insert = (figure: OfficialFigure) =>
    quote.mutate(
      { statementId, figureId: figure.id },
      { onSuccess: () => inserterRef.current?.(figures.words(figure)), onError: (error) => notifyFailure(t, error) },
    );

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
              {figures.current.length === 0 && <Menu.Label>{t('statements.figures.none')}</Menu.Label>}
              {figures.current.map((figure) => (
                <Menu.Item key={figure.id} onClick={() => insert(figure)}>
                  {figure.label}: {number.format(figure.value)} {figure.unit}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {figures.quoted.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('statements.figures.noneQuoted')}
        </Text>
      ) : (
        <Group gap={6}>
          {figures.quoted.map((quoted) => (
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
