import type { TFunction } from 'i18next';
import type { SignalDetail, SignalSummary } from '../../../../shared/ipc/feeds';
import { regionLabel } from '../../components/contactLabels';

/** Why a signal matched, in the desk's language ("38 km dari pusat wilayah", "kata kunci: banjir"). */
export function reasonText(t: TFunction, reason: NonNullable<SignalSummary['match']>[number]): string {
  switch (reason.kind) {
    case 'distance':
      return t('monitoring.reason.distance', { km: Math.round(reason.km) });
    case 'area':
      return t('monitoring.reason.area', { km: Math.round(reason.km) });
    case 'region':
      return t('monitoring.reason.region', { name: regionLabel(reason.code) });
    case 'place':
      return t('monitoring.reason.place', { place: reason.place });
    case 'keyword':
      return t('monitoring.reason.keyword', { word: reason.word });
  }
}

/** The reason words a feed's last failure may carry (feedFetch.ts, feedText.ts, the readers). */
const feedErrors = [
  'timeout',
  'too_large',
  'too_many_redirects',
  'http_status',
  'bad_url',
  'network',
  'document_type',
  'not_xml',
  'not_json',
  'not_a_feed',
  'not_cap',
] as const;

/** A feed's last failure in words; a reason a newer desk wrote and this one does not know reads as "other". */
export function feedErrorText(t: TFunction, reason: string): string {
  return t(`monitoring.feedError.${(feedErrors as readonly string[]).includes(reason) ? reason : 'other'}`);
}

/** The title a crisis opened from the signal starts with (the desk may change it). */
export function crisisTitle(t: TFunction, signal: SignalDetail, formatNumber: (value: number) => string): string {
  if (signal.facts.kind === 'quake') {
    return t('monitoring.draft.quakeTitle', {
      magnitude: formatNumber(signal.facts.magnitude),
      region: signal.facts.region,
    });
  }
  return signal.title;
}

/** The description a crisis opened from the signal starts with: the source's own words, with where they came from. */
export function crisisDescription(t: TFunction, signal: SignalDetail, formatInstant: (iso: string) => string): string {
  const { facts } = signal;
  const lines: string[] = [];
  if (facts.kind === 'quake') {
    lines.push(facts.region);
    if (facts.tsunami) lines.push(facts.tsunami);
    if (facts.felt) lines.push(t('monitoring.facts.feltLine', { felt: facts.felt }));
  } else if (facts.kind === 'cap') {
    if (facts.description) lines.push(facts.description);
    if (facts.instruction) lines.push(facts.instruction);
    if (facts.areas.length) lines.push(t('monitoring.facts.areasLine', { areas: facts.areas.join('; ') }));
  } else if (facts.summary) {
    lines.push(facts.summary);
  }
  lines.push(
    t('monitoring.draft.source', {
      source: signal.feedName,
      at: formatInstant(signal.occurredAt ?? signal.fetchedAt),
      url: signal.url ?? '',
    }).trim(),
  );
  return lines.join('\n\n').slice(0, 5000);
}

/** What a signal offers the crisis as figures, labelled in the desk's language. */
export function figureLabel(t: TFunction, key: SignalDetail['draft']['figures'][number]['key']): string {
  return t(`monitoring.figure.${key}`);
}
