import type { TFunction } from 'i18next';
import type { HoaxStatus, HoaxVerdict } from '../../../../shared/hoaxes/vocabulary';

export const statusColors: Record<HoaxStatus, string> = {
  reported: 'gray',
  verifying: 'yellow',
  verdict: 'orange',
  clarified: 'teal',
  closed: 'dark',
};

/** Red for what is false, green for what is true, grey for what cannot be told. */
export const verdictColors: Record<HoaxVerdict, string> = {
  hoax: 'red',
  disinformation: 'red',
  misinformation: 'orange',
  malinformation: 'grape',
  true: 'green',
  unverifiable: 'gray',
};

/** "45 menit", "2 jam 45 menit", "3 hari 4 jam": the time from first sighting to clarification. */
export function durationText(t: TFunction, minutes: number | null): string {
  if (minutes === null) return '—';
  const rounded = Math.round(minutes);
  if (rounded < 60) return t('hoaxes.duration.minutes', { minutes: rounded });
  if (rounded < 24 * 60) {
    const hours = Math.floor(rounded / 60);
    return rounded % 60
      ? t('hoaxes.duration.hours', { hours, minutes: rounded % 60 })
      : t('hoaxes.duration.hoursOnly', { hours });
  }
  return t('hoaxes.duration.days', { days: Math.floor(rounded / 1440), hours: Math.floor((rounded % 1440) / 60) });
}
