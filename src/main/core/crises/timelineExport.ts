import type { Kysely } from 'kysely';
import type { TimelineKind } from '../../../shared/ipc/crises';
import type { Language } from '../../../shared/ipc/preferences';
import { formatInstant } from '../../../shared/time/formatInstant';
import { toSafeCsv } from '../csv/safeCsv';
import type { Database } from '../db/schema';
import { documentFileName } from '../documents/simpleDocument';
import { crisisTimeline } from './crisisTimeline';
import { crisisWords, timelineWords } from './crisisWords';

const headers = {
  id: ['Waktu (ISO)', 'Waktu', 'Jenis', 'Peristiwa', 'Keterangan', 'Oleh'],
  en: ['Time (ISO)', 'Time', 'Kind', 'What happened', 'Detail', 'By'],
};

/**
 * A crisis's timeline, filtered as on screen, as CSV for the evaluation team's spreadsheet: the
 * exact instant beside the time in the office zone, codes named in the chosen language.
 */
export async function timelineCsv(
  db: Kysely<Database>,
  input: { id: string; kinds: TimelineKind[]; language: Language },
) {
  const crisis = await db.selectFrom('crisis').select('title').where('id', '=', input.id).executeTakeFirst();
  const entries = await crisisTimeline(db, input.id, input.kinds);
  const office = await db.selectFrom('office').select('time_zone').executeTakeFirstOrThrow();
  const names = crisisWords[input.language];
  const rows = entries.map((entry) => {
    const { text, detail } = timelineWords(entry, input.language);
    return [
      entry.at,
      formatInstant(entry.at, office.time_zone, input.language),
      names.timeline[entry.kind],
      text,
      detail,
      entry.by ?? '',
    ];
  });
  const data = toSafeCsv([headers[input.language], ...rows]);
  return {
    fileName: documentFileName(`${input.language === 'id' ? 'Kronologi' : 'Timeline'} ${crisis?.title ?? ''}`, 'csv'),
    mimeType: 'text/csv',
    dataBase64: Buffer.from(data, 'utf8').toString('base64'),
  };
}
