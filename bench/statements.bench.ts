import { embeddedSqlite } from '../src/main/core/db/store';
import { Document, Packer, Paragraph } from 'docx';
import { canonicalContent } from '../src/main/core/statements/contentHash';
import { renderOutput } from '../src/main/core/statements/exportService';
import type { StatementContent } from '../src/shared/ipc/statements';
import { docToPlainText } from '../src/shared/statements/plainText';
import { statementKinds, statementStatuses } from '../src/shared/statements/workflow';
import type { OutputInput } from '../src/shared/statements/outputs/statementDocument';
import { officeProfile } from '../test/coreHarness';
import { latencyPair, openBenchOffice, medianMs, plainPdf, result, type BenchResult, type Goal } from './measure';

const statementCount = 20_000;
const words =
  'banjir longsor gempa kebakaran pengungsi bantuan logistik posko kesehatan warga desa kecamatan kabupaten jalan jembatan sungai hujan deras bendungan evakuasi relawan petugas dinas sosial bpbd sekolah pasar listrik air bersih dapur umum tenda selimut obat vaksin demam berdarah hoaks klarifikasi data resmi'.split(
    ' ',
  );

/** Deterministic pseudo-random words, so every run measures the same data. */
function makeText(seed: number, count: number): string {
  let state = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(words[state % words.length]!);
  }
  return out.join(' ');
}

export function content(index: number): StatementContent {
  const paragraphs = Array.from({ length: 4 }, (_, p) => makeText(index * 7 + p, 60));
  return {
    kind: statementKinds[index % statementKinds.length]!,
    language: 'id',
    title: `${makeText(index, 6)} ${index}`,
    summary: makeText(index + 1, 20),
    body: {
      type: 'doc',
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
    datelinePlace: 'Sleman',
    spokespersonId: null,
    mediaContactId: null,
    tags: [words[index % words.length]!],
    embargoUntil: null,
    nextUpdateAt: null,
    attachments: [],
  };
}

function twoPageStatement(): OutputInput {
  const paragraphs = Array.from({ length: 14 }, (_, p) => makeText(p + 3, 75));
  return {
    content: {
      ...content(1),
      title: 'Perkembangan Penanganan Banjir Kecamatan Mlati',
      body: {
        type: 'doc',
        content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
      },
    },
    office: { ...officeProfile, timeZone: 'Asia/Jakarta', logo: null },
    number: '001/SP/HUMAS/XI/2026',
    approved: true,
    issuedAt: '2026-11-28T02:00:00.000Z',
    spokesperson: {
      fullName: 'Rina Marlina, S.H.',
      position: 'Juru Bicara',
      phone: '0811',
      email: 'jubir@slemankab.go.id',
    },
    mediaContact: null,
    corrects: null,
  };
}

/** List and full-text search over 20,000 statements, and DOCX/PDF rendering of a two-page statement. */
export async function benchStatements(): Promise<BenchResult[]> {
  const office = await openBenchOffice('st');
  const { core, sessionId, accountId } = office;
  try {
    const sqlite = embeddedSqlite(core.store);

    // Bulk load straight into the tables (the service path is measured by the tests, not here).
    const insertStatement = sqlite.prepare(
      `insert into statement (id, number, kind, language, status, title, summary, tags_json, author_id,
         current_revision_id, revision_no, chain_json, created_at, updated_at)
       values (?, ?, ?, 'id', ?, ?, ?, ?, ?, ?, 1, '[]', ?, ?)`,
    );
    const insertRevision = sqlite.prepare(
      `insert into statement_revision (id, statement_id, revision_no, author_id, content_json, hash, created_at)
       values (?, ?, 1, ?, ?, ?, ?)`,
    );
    const insertFts = sqlite.prepare(
      'insert into statement_fts (statement_id, number, title, summary, body, tags) values (?, ?, ?, ?, ?, ?)',
    );
    sqlite.transaction(() => {
      for (let i = 0; i < statementCount; i += 1) {
        const c = content(i);
        const id = `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;
        const revisionId = `00000000-0000-7000-9000-${String(i).padStart(12, '0')}`;
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        const { json, hash } = canonicalContent(c);
        const number = i % 3 === 0 ? `${i}/SP/HUMAS/XI/2026` : null;
        insertStatement.run(
          id,
          number,
          c.kind,
          statementStatuses[i % statementStatuses.length],
          c.title,
          c.summary,
          JSON.stringify(c.tags),
          accountId,
          revisionId,
          at,
          at,
        );
        insertRevision.run(revisionId, id, accountId, json, hash, at);
        insertFts.run(id, number ?? '', c.title, c.summary, docToPlainText(c.body), c.tags.join(' '));
      }
    })();

    const call = (input: Record<string, unknown>) =>
      core.call('statements.list', input, { clientId: 'bench', sessionId });
    const rawPage = sqlite.prepare('select * from statement order by updated_at desc, id desc limit 50');
    const rawSearch = sqlite.prepare(
      `select s.* from statement s join (select statement_id, bm25(statement_fts, 0, 10, 10, 4, 1, 3) r
         from statement_fts where statement_fts match ?) f on f.statement_id = s.id order by f.r limit 50`,
    );
    const runs = 300;
    const out: BenchResult[] = [];
    const timed = async (
      label: string,
      ours: () => Promise<unknown>,
      raw: () => unknown,
      rawLabel: string,
      p95Goal?: Goal,
    ) => {
      out.push(...(await latencyPair(label, runs, ours, raw, rawLabel, p95Goal)));
    };
    await timed(
      `statements.list, first page of ${statementCount}`,
      () => call({}),
      () => rawPage.all(),
      'raw select of the page',
    );
    await timed(
      `statements.list, full-text "banjir posko" over ${statementCount}`,
      () => call({ query: 'banjir posko', sort: 'relevance' }),
      () => rawSearch.all('"banjir"* "posko"*'),
      'raw FTS5 match + join',
    );
    await timed(
      `statements.list, status filter + search over ${statementCount}`,
      () => call({ query: 'jembatan', statuses: ['approved', 'released'] }),
      () => rawSearch.all('"jembatan"*'),
      'raw FTS5 match + join',
      { maxRatio: 1.5 },
    );
    await core.close();

    const input = twoPageStatement();
    const text = docToPlainText(input.content.body);
    const docx = await medianMs(15, () => renderOutput(input, 'docx'));
    const docxBaseline = await medianMs(15, () =>
      Packer.toBuffer(
        new Document({ sections: [{ children: text.split('\n\n').map((line) => new Paragraph(line)) }] }),
      ),
    );
    out.push(result('DOCX of a two-page statement', docx, 'ms', docxBaseline, 'plain paragraphs with docx'));
    const pdf = await medianMs(15, () => renderOutput(input, 'pdf'));
    const pdfBaseline = await medianMs(15, () => plainPdf(text));
    out.push(result('PDF of a two-page statement', pdf, 'ms', pdfBaseline, 'one text() call with pdfkit'));
    return out;
  } finally {
    office.remove();
  }
}
