import { useTranslation } from 'react-i18next';
import type { OfficialFigure } from '../../../../shared/ipc/crises';
import { formatFigureValue } from '../../../../shared/crises/figureInText';
import type { Language } from '../../../../shared/ipc/preferences';
import { useChannelQuery } from '../../api/channelQueries';
import { useFormatInstant } from '../../components/useOfficeTime';

/**
 * A draft's crisis, the figures it quotes and every version of its crisis's official figures,
 * with the words a figure is inserted as — in the statement's language, not the screen's: an
 * Indonesian release quotes "(sumber: …, per …)" even on an English desk.
 */
export function useStatementFigures(statementId: string, language: Language) {
  const { i18n } = useTranslation();
  const format = useFormatInstant();
  const links = useChannelQuery('crises.statementFigures', { id: statementId });
  const crisis = links.data?.crisis ?? null;
  const figures = useChannelQuery('crises.figures', { id: crisis?.id ?? '' }, { enabled: crisis !== null });
  const inLanguage = i18n.getFixedT(language);
  const valueWords = (figure: Pick<OfficialFigure, 'value' | 'unit'>) =>
    `${formatFigureValue(figure.value, language)}${figure.unit ? ` ${figure.unit}` : ''}`;
  const words = (figure: Pick<OfficialFigure, 'value' | 'unit' | 'source' | 'asOf'>) =>
    inLanguage('statements.figures.inserted', {
      value: valueWords(figure),
      source: figure.source,
      time: format(figure.asOf),
    });
  const all = figures.data ?? [];
  return {
    crisis,
    quoted: links.data?.quoted ?? [],
    all,
    current: all.filter((figure) => !figure.superseded),
    words,
    valueWords,
  };
}
