import type { Kysely } from 'kysely';
import { crisisMetrics, type CrisisMetrics } from '../../../shared/crises/reportMetrics';
import type { Crisis, Lesson, OfficialFigure, TimelineEntry } from '../../../shared/ipc/crises';
import type { Language } from '../../../shared/ipc/preferences';
import { regionLabel } from '../../../shared/contacts/regions';
import type { StatementKind } from '../../../shared/statements/workflow';
import { formatInstant } from '../../../shared/time/formatInstant';
import { readAuditHead } from '../db/auditChain';
import type { Database } from '../db/schema';
import { barChartBlock } from '../documents/barChart';
import { documentFile, documentOffice } from '../documents/documentFile';
import type { DocumentBlock, SimpleDocument } from '../documents/simpleDocument';
import { crisisFacts } from './crisisFacts';
import { readCrisis } from './crisisQueries';
import { listFigures } from './crisisRecords';
import { crisisTimeline } from './crisisTimeline';
import { crisisWords, timelineWords } from './crisisWords';
import { listLessons } from './lessons';

const words = {
  id: {
    title: 'Laporan Evaluasi Pascakrisis',
    facts: 'Gambaran krisis',
    type: 'Jenis',
    severity: 'Tingkat keparahan',
    regions: 'Wilayah terdampak',
    firstSignal: 'Sinyal pertama',
    spokesperson: 'Juru bicara utama',
    phases: 'Fase',
    status: 'Status',
    open: 'masih terbuka',
    closed: (at: string) => `ditutup ${at}`,
    metrics: 'Kinerja komunikasi',
    firstStatement: 'Waktu hingga pernyataan pertama',
    noStatement: 'belum ada pernyataan yang dirilis',
    updates: 'Pembaruan yang dijanjikan',
    updatesLine: (u: CrisisMetrics['updates']) =>
      `${u.promised} dijanjikan: ${u.onTime} tepat waktu, ${u.late} terlambat, ${u.missed} tidak disampaikan, ${u.pending} belum jatuh tempo`,
    approvals: 'Waktu tunggu persetujuan',
    approvalsLine: (count: number, median: string, max: string) =>
      `${count} keputusan; median ${median}, terlama ${max}`,
    byKind: 'Pernyataan yang dirilis',
    hoaxes: 'Hoaks ditangani',
    hoaxesLine: (registered: number, clarified: number, median: string) =>
      `${registered} tercatat, ${clarified} diklarifikasi; median waktu klarifikasi ${median}`,
    distribution: 'Jangkauan distribusi',
    distributionLine: (d: CrisisMetrics['distribution'], rate: string) =>
      `${d.jobs} pengiriman ke ${d.recipients} penerima: ${d.sent} terkirim, ${d.failed} gagal (tingkat keberhasilan ${rate})`,
    conferences: 'Konferensi pers',
    conferencesLine: (c: CrisisMetrics['conferences']) =>
      `${c.held} terlaksana; ${c.questions} pertanyaan wartawan, ${c.answered} terjawab`,
    pickup: 'Pemberitaan',
    pickupLine: (p: CrisisMetrics['pickup'], after: string) =>
      p.stories === 0
        ? 'belum ada berita yang memuat pernyataan kita'
        : `${p.stories} berita dari ${p.outlets} media memuat pernyataan kita` +
          (p.firstStatementOutlets.length
            ? `; pernyataan pertama dimuat oleh ${p.firstStatementOutlets.join(', ')}, yang pertama ${after} setelah rilis`
            : ''),
    checklist: 'Daftar periksa',
    checklistLine: (done: number, total: number) => `${done} dari ${total} butir selesai`,
    none: '—',
    minutes: (n: number) => `${n} menit`,
    hours: (h: number, m: number) => (m ? `${h} jam ${m} menit` : `${h} jam`),
    charts: 'Grafik',
    chartUpdates: 'Gambar 1. Janji pembaruan dan ketepatannya',
    chartKinds: 'Gambar 2. Pernyataan yang dirilis menurut jenis',
    chartChecklist: 'Gambar 3. Penyelesaian daftar periksa per fase (persen)',
    onTime: 'Tepat waktu',
    late: 'Terlambat',
    missed: 'Tidak disampaikan',
    pending: 'Belum jatuh tempo',
    figures: 'Angka resmi terakhir',
    noFigures: 'Tidak ada angka resmi yang dicatat.',
    figure: 'Angka',
    value: 'Nilai',
    source: 'Sumber',
    asOf: 'Per',
    version: 'Versi',
    timeline: 'Kronologi',
    time: 'Waktu',
    kind: 'Jenis',
    what: 'Peristiwa',
    by: 'Oleh',
    lessons: 'Pembelajaran',
    notWritten: 'Belum ditulis.',
    audit: 'Jejak audit',
    auditLine: (seq: number, hash: string) =>
      `Laporan ini dibuat saat jejak audit berisi ${seq} catatan; hash terakhir ${hash}. Hash ini dapat dicocokkan dengan halaman Jejak Audit untuk memastikan tidak ada catatan yang diubah sesudahnya.`,
    made: 'Dibuat',
  },
  en: {
    title: 'Post-Crisis Evaluation Report',
    facts: 'The crisis',
    type: 'Type',
    severity: 'Severity',
    regions: 'Regions affected',
    firstSignal: 'First signal',
    spokesperson: 'Lead spokesperson',
    phases: 'Phases',
    status: 'Status',
    open: 'still open',
    closed: (at: string) => `closed ${at}`,
    metrics: 'How the communication went',
    firstStatement: 'Time to first statement',
    noStatement: 'no statement released yet',
    updates: 'Updates promised',
    updatesLine: (u: CrisisMetrics['updates']) =>
      `${u.promised} promised: ${u.onTime} on time, ${u.late} late, ${u.missed} missed, ${u.pending} not yet due`,
    approvals: 'Approval waits',
    approvalsLine: (count: number, median: string, max: string) =>
      `${count} decisions; median ${median}, longest ${max}`,
    byKind: 'Statements released',
    hoaxes: 'Hoaxes handled',
    hoaxesLine: (registered: number, clarified: number, median: string) =>
      `${registered} registered, ${clarified} clarified; median time to clarify ${median}`,
    distribution: 'Distribution reach',
    distributionLine: (d: CrisisMetrics['distribution'], rate: string) =>
      `${d.jobs} sendings to ${d.recipients} recipients: ${d.sent} sent, ${d.failed} failed (delivery rate ${rate})`,
    conferences: 'Press conferences',
    conferencesLine: (c: CrisisMetrics['conferences']) =>
      `${c.held} held; ${c.questions} questions from journalists, ${c.answered} answered`,
    pickup: 'Coverage',
    pickupLine: (p: CrisisMetrics['pickup'], after: string) =>
      p.stories === 0
        ? 'no story has run our statements yet'
        : `${p.stories} stories from ${p.outlets} outlets ran our statements` +
          (p.firstStatementOutlets.length
            ? `; the first statement was run by ${p.firstStatementOutlets.join(', ')}, the first ${after} after release`
            : ''),
    checklist: 'Checklist',
    checklistLine: (done: number, total: number) => `${done} of ${total} items done`,
    none: '—',
    minutes: (n: number) => `${n} min`,
    hours: (h: number, m: number) => (m ? `${h} h ${m} min` : `${h} h`),
    charts: 'Charts',
    chartUpdates: 'Figure 1. Update promises and how they were kept',
    chartKinds: 'Figure 2. Statements released by kind',
    chartChecklist: 'Figure 3. Checklist completion by phase (percent)',
    onTime: 'On time',
    late: 'Late',
    missed: 'Missed',
    pending: 'Not yet due',
    figures: 'Latest official figures',
    noFigures: 'No official figures were recorded.',
    figure: 'Figure',
    value: 'Value',
    source: 'Source',
    asOf: 'As of',
    version: 'Version',
    timeline: 'Timeline',
    time: 'Time',
    kind: 'Kind',
    what: 'What happened',
    by: 'By',
    lessons: 'Lessons learned',
    notWritten: 'Not written yet.',
    audit: 'Audit trail',
    auditLine: (seq: number, hash: string) =>
      `When this report was made the audit trail held ${seq} entries; its latest hash is ${hash}. Compare it with the Audit Trail page to confirm nothing recorded before was changed afterwards.`,
    made: 'Made',
  },
};
type Words = (typeof words)['id'];

/** "42 menit", "1 jam 12 menit": the report speaks in whole minutes. */
export function duration(minutes: number | null, language: Language): string {
  const w = words[language];
  if (minutes === null) return w.none;
  const whole = Math.round(minutes);
  return whole < 60 ? w.minutes(whole) : w.hours(Math.floor(whole / 60), whole % 60);
}

interface ReportInput {
  crisis: Crisis;
  metrics: CrisisMetrics;
  lessons: Lesson[];
  figures: OfficialFigure[];
  timeline: TimelineEntry[];
  auditHead: { seq: number; hash: string };
  office: { agencyName: string; unitName: string; timeZone: string };
  language: Language;
  now: string;
}

function metricLines(input: ReportInput, w: Words): [string, string][] {
  const { metrics, language } = input;
  const number = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  const rate =
    metrics.distribution.deliveryRate === null ? w.none : `${number.format(metrics.distribution.deliveryRate * 100)}%`;
  const kinds = crisisWords[language].kinds;
  return [
    [
      w.firstStatement,
      metrics.minutesToFirstStatement === null ? w.noStatement : duration(metrics.minutesToFirstStatement, language),
    ],
    [w.updates, w.updatesLine(metrics.updates)],
    [
      w.approvals,
      w.approvalsLine(
        metrics.approvalMinutes.count,
        duration(metrics.approvalMinutes.median, language),
        duration(metrics.approvalMinutes.max, language),
      ),
    ],
    [
      w.byKind,
      metrics.releasedByKind.length
        ? metrics.releasedByKind.map(({ kind, count }) => `${kinds[kind as StatementKind] ?? kind} ${count}`).join(', ')
        : w.none,
    ],
    [
      w.hoaxes,
      w.hoaxesLine(
        metrics.hoaxes.registered,
        metrics.hoaxes.clarified,
        duration(metrics.hoaxes.medianMinutesToClarify, language),
      ),
    ],
    [w.distribution, w.distributionLine(metrics.distribution, rate)],
    [w.conferences, w.conferencesLine(metrics.conferences)],
    [w.pickup, w.pickupLine(metrics.pickup, duration(metrics.pickup.minutesToFirstPickup, language))],
    [w.checklist, w.checklistLine(metrics.checklist.done, metrics.checklist.total)],
  ];
}

async function charts(input: ReportInput, w: Words): Promise<DocumentBlock[]> {
  const { metrics, language } = input;
  const names = crisisWords[language];
  const { updates } = metrics;
  return [
    await barChartBlock(
      [
        { label: w.onTime, value: updates.onTime, color: '#2b8a3e' },
        { label: w.late, value: updates.late, color: '#e8590c' },
        { label: w.missed, value: updates.missed, color: '#c92a2a' },
        { label: w.pending, value: updates.pending, color: '#868e96' },
      ],
      w.chartUpdates,
    ),
    await barChartBlock(
      metrics.releasedByKind.map(({ kind, count }) => ({
        label: names.kinds[kind as StatementKind] ?? kind,
        value: count,
      })),
      w.chartKinds,
    ),
    await barChartBlock(
      metrics.checklist.byPhase.map(({ phase, done, total }) => ({
        label: names.phases[phase],
        value: total ? Math.round((100 * done) / total) : 0,
      })),
      w.chartChecklist,
      (value) => `${value}%`,
    ),
  ];
}

/** The evaluation as a document: facts, metrics with charts, figures, timeline, lessons, the audit head. */
export async function reportDocument(input: ReportInput): Promise<SimpleDocument> {
  const { crisis, language, office } = input;
  const w = words[language];
  const names = crisisWords[language];
  const at = (iso: string) => formatInstant(iso, office.timeZone, language);
  const blocks: DocumentBlock[] = [
    { kind: 'heading', text: w.facts },
    {
      kind: 'facts',
      rows: [
        [w.type, names.types[crisis.type]],
        [w.severity, `${crisis.severity}/4`],
        [w.regions, crisis.regions.map(regionLabel).join('; ') || w.none],
        [w.firstSignal, at(crisis.firstSignalAt)],
        [w.spokesperson, crisis.leadSpokesperson?.fullName ?? w.none],
        [w.phases, crisis.phases.map((change) => `${names.phases[change.to]} (${at(change.at)})`).join('\n')],
        [w.status, crisis.closedAt ? w.closed(at(crisis.closedAt)) : w.open],
      ],
    },
  ];
  if (crisis.description) blocks.push({ kind: 'paragraph', text: crisis.description });
  blocks.push({ kind: 'heading', text: w.metrics }, { kind: 'facts', rows: metricLines(input, w) });
  blocks.push({ kind: 'heading', text: w.charts }, ...(await charts(input, w)));

  blocks.push({ kind: 'heading', text: w.figures });
  const current = input.figures.filter((figure) => !figure.superseded);
  if (current.length === 0) blocks.push({ kind: 'paragraph', text: w.noFigures });
  else {
    const number = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB');
    blocks.push({
      kind: 'table',
      columns: [
        { label: w.figure, width: 4 },
        { label: w.value, width: 3 },
        { label: w.source, width: 4 },
        { label: w.asOf, width: 4 },
        { label: w.version, width: 2 },
      ],
      rows: current.map((figure) => [
        figure.label,
        `${number.format(figure.value)} ${figure.unit}`.trim(),
        figure.source,
        at(figure.asOf),
        String(figure.version),
      ]),
    });
  }

  blocks.push({ kind: 'heading', text: w.timeline });
  blocks.push({
    kind: 'table',
    columns: [
      { label: w.time, width: 3 },
      { label: w.kind, width: 2 },
      { label: w.what, width: 7 },
      { label: w.by, width: 2 },
    ],
    rows: input.timeline.map((entry) => {
      const { text, detail } = timelineWords(entry, language);
      return [at(entry.at), names.timeline[entry.kind], detail ? `${text}\n${detail}` : text, entry.by ?? ''];
    }),
  });

  blocks.push({ kind: 'heading', text: w.lessons });
  for (const lesson of input.lessons) {
    blocks.push({ kind: 'paragraph', bold: true, text: names.lessons[lesson.section] });
    blocks.push({ kind: 'paragraph', text: lesson.text.trim() || w.notWritten });
  }
  blocks.push({ kind: 'heading', text: w.audit });
  blocks.push({ kind: 'paragraph', text: w.auditLine(input.auditHead.seq, input.auditHead.hash) });

  return {
    letterhead: [office.agencyName, office.unitName].filter(Boolean),
    title: w.title,
    subtitle: crisis.title,
    footer: `${w.made} ${at(input.now)} · Siaga`,
    blocks,
  };
}

/** The post-crisis evaluation report of one crisis as PDF or DOCX. */
export async function crisisReport(
  db: Kysely<Database>,
  input: { id: string; format: 'pdf' | 'docx'; language: Language },
  now: Date,
) {
  const crisis = await readCrisis(db, input.id);
  const document = await reportDocument({
    crisis,
    metrics: crisisMetrics(await crisisFacts(db, input.id, now)),
    lessons: await listLessons(db, input.id),
    figures: await listFigures(db, input.id),
    timeline: await crisisTimeline(db, input.id, []),
    auditHead: await readAuditHead(db),
    office: await documentOffice(db),
    language: input.language,
    now: now.toISOString(),
  });
  return documentFile(document, input.format, `${document.title} ${crisis.title}`);
}
