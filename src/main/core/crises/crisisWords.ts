import type { ConferenceStatus } from '../../../shared/conferences/vocabulary';
import type { CrisisPhase, CrisisType, LessonSection } from '../../../shared/crises/vocabulary';
import type { TimelineEntry, TimelineKind } from '../../../shared/ipc/crises';
import type { Language } from '../../../shared/ipc/preferences';
import type { StatementKind } from '../../../shared/statements/workflow';
import type { HoaxVerdict } from '../../../shared/hoaxes/vocabulary';
import { hoaxWords } from '../../../shared/hoaxes/hoaxWords';

/** Names the printed crisis documents (report, timeline export) use; the interface has its own in the locales. */
export const crisisWords = {
  id: {
    types: {
      natural_disaster: 'Bencana alam',
      public_health: 'Kesehatan masyarakat',
      security: 'Keamanan',
      cyber_data_leak: 'Keamanan siber dan kebocoran data',
      service_outage: 'Gangguan layanan digital dan infrastruktur',
      socio_political: 'Sosial-politik',
      other: 'Lainnya',
    } satisfies Record<CrisisType, string>,
    phases: {
      pre: 'Pra-krisis',
      initial: 'Krisis awal',
      ongoing: 'Krisis berlangsung',
      post: 'Pasca-krisis',
    } satisfies Record<CrisisPhase, string>,
    timeline: {
      phase: 'Fase',
      checklist: 'Daftar periksa',
      log: 'Catatan',
      figure: 'Angka resmi',
      statement: 'Pernyataan',
      hoax: 'Hoaks',
      conference: 'Konferensi pers',
    } satisfies Record<TimelineKind, string>,
    kinds: {
      press_release: 'Siaran pers',
      official_statement: 'Pernyataan resmi',
      holding_statement: 'Pernyataan awal',
      update: 'Pembaruan berkala',
      hoax_clarification: 'Klarifikasi hoaks',
      qa: 'Tanya-jawab',
      talking_points: 'Poin bicara',
      social_post: 'Unggahan media sosial',
    } satisfies Record<StatementKind, string>,
    conferenceStatuses: {
      planned: 'direncanakan',
      confirmed: 'dikonfirmasi',
      postponed: 'ditunda',
      cancelled: 'dibatalkan',
      done: 'selesai',
    } satisfies Record<ConferenceStatus, string>,
    lessons: {
      went_well: 'Yang berjalan baik',
      to_improve: 'Yang perlu diperbaiki',
      recommendations: 'Rekomendasi',
    } satisfies Record<LessonSection, string>,
    enteredPhase: 'Masuk fase',
  },
  en: {
    types: {
      natural_disaster: 'Natural disaster',
      public_health: 'Public health',
      security: 'Security',
      cyber_data_leak: 'Cyber incident and data leak',
      service_outage: 'Infrastructure and digital-service outage',
      socio_political: 'Socio-political',
      other: 'Other',
    },
    phases: { pre: 'Pre-crisis', initial: 'Initial crisis', ongoing: 'Ongoing crisis', post: 'Post-crisis' },
    timeline: {
      phase: 'Phase',
      checklist: 'Checklist',
      log: 'Log',
      figure: 'Official figure',
      statement: 'Statement',
      conference: 'Press conference',
      hoax: 'Hoax',
    },
    kinds: {
      press_release: 'Press release',
      official_statement: 'Official statement',
      holding_statement: 'Holding statement',
      update: 'Periodic update',
      hoax_clarification: 'Hoax clarification',
      qa: 'Q&A',
      talking_points: 'Talking points',
      social_post: 'Social media post',
    },
    conferenceStatuses: {
      planned: 'planned',
      confirmed: 'confirmed',
      postponed: 'postponed',
      cancelled: 'cancelled',
      done: 'done',
    },
    lessons: { went_well: 'What went well', to_improve: 'What to improve', recommendations: 'Recommendations' },
    enteredPhase: 'Entered phase',
  },
} satisfies Record<Language, unknown>;

/** A timeline entry in words: codes (a phase, a kind, a status) named in the document's language. */
export function timelineWords(entry: TimelineEntry, language: Language): { text: string; detail: string } {
  const w = crisisWords[language];
  switch (entry.kind) {
    case 'phase':
      return { text: `${w.enteredPhase}: ${w.phases[entry.text as CrisisPhase] ?? entry.text}`, detail: entry.detail };
    case 'checklist':
      return { text: entry.text, detail: w.phases[entry.detail as CrisisPhase] ?? entry.detail };
    case 'statement':
      return { text: entry.text, detail: w.kinds[entry.detail as StatementKind] ?? entry.detail };
    case 'conference':
      return { text: entry.text, detail: w.conferenceStatuses[entry.detail as ConferenceStatus] ?? entry.detail };
    case 'hoax':
      return { text: entry.text, detail: hoaxEventWords(entry.detail, language) };
    default:
      return { text: entry.text, detail: entry.detail };
  }
}

/** "reported", "verdict:hoax", "clarified" as the printed timeline says them. */
function hoaxEventWords(code: string, language: Language): string {
  const [event, verdict] = code.split(':');
  const words = hoaxWords[language];
  if (event === 'verdict') return `${words.verdictEvent}: ${words.labels[verdict as HoaxVerdict] ?? verdict}`;
  return event === 'clarified' ? words.clarifiedEvent : words.reportedEvent;
}
