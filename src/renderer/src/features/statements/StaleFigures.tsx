import { Alert, Button, Group, Stack, Text, type MantineSpacing } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { findFigure, formatFigureValue, staleFiguresInText } from '../../../../shared/crises/figureInText';
import type { OfficialFigure } from '../../../../shared/ipc/crises';
import type { StatementContent } from '../../../../shared/ipc/statements';
import { docToPlainText } from '../../../../shared/statements/plainText';
import { notifyFailure } from '../../components/notifyFailure';
import type { TextReplacement, TextReplacer } from '../../components/richText/RichTextField';
import { useStatementFigures } from './useStatementFigures';
import { useQuoteFigure, useUnquoteFigure } from './useStatementActions';

interface StaleItem {
  seriesId: string;
  label: string;
  unit: string;
  /** The value the text still holds (or the quote records). */
  old: number;
  /** Found in the draft's words, not only in its quotes. */
  inText: boolean;
  newest: OfficialFigure;
}

/**
 * At the top of the editor, where the drafter looks: every official figure of the crisis whose old
 * value the draft still holds — in its words (read live as it is typed) or in its quotes — with one
 * button that replaces the old value where it stands and quotes the current version. The core
 * refuses to submit such a draft either way; this says so before the drafter tries.
 */
export function StaleFigures({
  statementId,
  content,
  editable,
  replacerRef,
  inserterRef,
  onTextChange,
  mb,
}: {
  statementId: string;
  content: StatementContent;
  editable: boolean;
  replacerRef: RefObject<TextReplacer | null>;
  inserterRef: RefObject<((text: string) => void) | null>;
  onTextChange: (key: 'title' | 'summary', value: string) => void;
  mb?: MantineSpacing;
}) {
  const { t, i18n } = useTranslation();
  const figures = useStatementFigures(statementId, content.language);
  const quote = useQuoteFigure();
  const unquote = useUnquoteFigure();
  if (!figures.crisis || figures.all.length === 0) return null;

  const newestOf = (seriesId: string) => figures.current.find((figure) => figure.seriesId === seriesId);
  const text = [content.title, content.summary, docToPlainText(content.body)].join('\n');
  const items: StaleItem[] = [];
  for (const found of staleFiguresInText(text, figures.all)) {
    const newest = newestOf(found.seriesId);
    if (newest) items.push({ ...found, inText: true, newest });
  }
  for (const quoted of figures.quoted.filter((figure) => figure.superseded)) {
    const newest = newestOf(quoted.seriesId);
    if (newest && !items.some((item) => item.seriesId === quoted.seriesId)) {
      items.push({
        seriesId: quoted.seriesId,
        label: quoted.label,
        unit: quoted.unit,
        old: quoted.value,
        inText: false,
        newest,
      });
    }
  }
  if (items.length === 0) return null;

  const screenNumber = (value: number) => formatFigureValue(value, i18n.language);
  const requote = (newest: OfficialFigure) =>
    quote.mutateAsync({ statementId, figureId: newest.id }).then(
      () => true,
      (error: unknown) => {
        notifyFailure(t, error);
        return false;
      },
    );

  /** Replaces the series' old values where they stand: the whole inserted phrase first, else the number. */
  const replace = (item: StaleItem) => {
    const older = figures.all.filter(
      (figure) => figure.seriesId === item.seriesId && figure.value !== item.newest.value,
    );
    const phrases = older.map((figure) => [figures.words(figure), figures.words(item.newest)] as const);
    const newNumber = formatFigureValue(item.newest.value, content.language);
    const find = (blockText: string): TextReplacement[] => {
      const edits: TextReplacement[] = [];
      const free = (start: number, end: number) => edits.every((edit) => end <= edit.start || start >= edit.end);
      for (const [oldPhrase, newPhrase] of phrases) {
        for (let at = blockText.indexOf(oldPhrase); at >= 0; at = blockText.indexOf(oldPhrase, at + 1)) {
          if (free(at, at + oldPhrase.length)) edits.push({ start: at, end: at + oldPhrase.length, text: newPhrase });
        }
      }
      for (const figure of older) {
        for (const match of findFigure(blockText, figure.value, figure.unit)) {
          // The number only: the unit keeps the drafter's spelling and spacing.
          const digits = /^[\d.,]+/u.exec(match.text)?.[0] ?? '';
          if (free(match.start, match.end)) {
            edits.push({ start: match.start, end: match.start + digits.length, text: newNumber });
          }
        }
      }
      return edits;
    };
    let replaced = replacerRef.current?.(find) ?? 0;
    for (const key of ['title', 'summary'] as const) {
      const value = content[key];
      const edits = find(value).sort((a, b) => b.start - a.start);
      if (edits.length === 0) continue;
      onTextChange(
        key,
        edits.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), value),
      );
      replaced += edits.length;
    }
    if (replaced === 0) {
      notifications.show({
        color: 'orange',
        message: t('statements.figures.notFoundInText', { value: screenNumber(item.old) }),
      });
      return;
    }
    notifications.show({ color: 'teal', message: t('statements.figures.replaced', { count: replaced }) });
    void requote(item.newest);
  };

  return (
    <Alert color="red" title={t('statements.figures.staleTitle')} role="alert" mb={mb}>
      <Stack gap={6}>
        {items.map((item) => (
          <Group key={item.seriesId} justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">
              {t(item.inText ? 'statements.figures.staleInText' : 'statements.figures.stale', {
                label: item.label,
                old: `${screenNumber(item.old)} ${item.unit}`.trim(),
                current: `${screenNumber(item.newest.value)} ${item.unit}`.trim(),
              })}
            </Text>
            {editable && item.inText && (
              <Button size="compact-sm" onClick={() => replace(item)} style={{ flexShrink: 0 }}>
                {t('statements.figures.useCurrent')}
              </Button>
            )}
            {editable && !item.inText && (
              <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                <Button
                  size="compact-sm"
                  onClick={() =>
                    void requote(item.newest).then(
                      (quoted) => quoted && inserterRef.current?.(figures.words(item.newest)),
                    )
                  }
                >
                  {t('statements.figures.insertCurrent')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() =>
                    unquote.mutate(
                      { statementId, seriesId: item.seriesId },
                      { onError: (error) => notifyFailure(t, error) },
                    )
                  }
                >
                  {t('statements.figures.dropQuote')}
                </Button>
              </Group>
            )}
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
