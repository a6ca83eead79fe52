import { embeddedSqlite } from '../src/main/core/db/store';
import { latenciesUs, openBenchOffice, percentile, result, type BenchResult } from './measure';

const claims = 20_000;
const id = (index: number) => `00000000-0000-7000-9000-${String(index).padStart(12, '0')}`;

// Words of the rumours a regional desk sees, combined into varied claims.
const subjects = ['Bendungan', 'Jembatan', 'Air PDAM', 'Vaksin', 'Bansos', 'Gunung Merapi', 'Data pemohon', 'Sekolah'];
const places = ['Sleman', 'Kulon Progo', 'Bantul', 'Gunungkidul', 'Depok', 'Mlati', 'Cangkringan', 'Kalasan'];
const claimsSaid = [
  'jebol malam ini, warga harus mengungsi',
  'tercemar lahar, dilarang diminum selama sebulan',
  'menyebabkan lumpuh pada anak',
  'cair lewat tautan pendaftaran WhatsApp',
  'meletus besar, seluruh warga wajib mengungsi',
  'bocor dan dijual di forum daring',
  'diliburkan sebulan karena wabah',
  'putus diterjang banjir, jalan ditutup',
];

/** Similar claims and the filtered list over a register of 20,000 claims. */
export async function benchHoaxes(): Promise<BenchResult[]> {
  const office = await openBenchOffice('hx');
  const { core, sessionId, accountId } = office;
  try {
    const sqlite = embeddedSqlite(core.store);
    const insertHoax = sqlite.prepare(
      `insert into hoax (id, claim, topic, region, reach, first_seen_at, reported_by, crisis_id, status, verdict,
         explanation, verifier_id, verdict_at, clarification_statement_id, clarified_at, merged_into_id, close_note,
         created_by, created_at, updated_at)
       values (?, ?, ?, '34.04', 1000, ?, '', null, ?, null, '', null, null, null, null, null, '', ?, ?, ?)`,
    );
    const insertFts = sqlite.prepare(`insert into hoax_fts (hoax_id, claim, topic) values (?, ?, ?)`);
    const insertSighting = sqlite.prepare(
      `insert into hoax_sighting (id, hoax_id, platform, url, position) values (?, ?, 'whatsapp', '', 0)`,
    );
    sqlite.transaction(() => {
      for (let i = 0; i < claims; i++) {
        const claim = `${subjects[i % 8]} di ${places[Math.floor(i / 8) % 8]} ${claimsSaid[Math.floor(i / 64) % 8]} (pesan ${i})`;
        const at = new Date(Date.UTC(2026, 0, 1) + i * 600_000).toISOString();
        insertHoax.run(id(i), claim, subjects[i % 8], at, i % 5 === 0 ? 'closed' : 'reported', accountId, at, at);
        insertFts.run(id(i), claim, subjects[i % 8]);
        insertSighting.run(`00000000-0000-7000-9100-${String(i).padStart(12, '0')}`, id(i));
      }
    })();

    const call = (channel: 'hoaxes.similar' | 'hoaxes.list', input: Record<string, unknown>) =>
      core.call(channel, input as never, { clientId: 'bench', sessionId });
    const typed = 'Warga Kulon Progo harus mengungsi, bendungan dikabarkan jebol malam ini';
    const first = await call('hoaxes.similar', { text: typed });
    if (!first.ok || (first.value as unknown[]).length === 0) throw new Error('no similar claims found');
    const similar = await latenciesUs(50, () => call('hoaxes.similar', { text: typed }));
    const rawMatch = sqlite.prepare(`select hoax_id from hoax_fts where hoax_fts match 'bendungan' limit 40`);
    const similarBase = await latenciesUs(50, async () => rawMatch.all());
    const list = await latenciesUs(50, () =>
      call('hoaxes.list', { query: 'bansos', statuses: ['reported'], limit: 100 }),
    );
    const page = await latenciesUs(50, () => call('hoaxes.list', { limit: 100 }));
    const rawPage = sqlite.prepare(`select * from hoax order by first_seen_at desc limit 100`);
    const listBase = await latenciesUs(50, async () => rawPage.all());
    await core.close();
    return [
      result(
        `hoaxes.similar over ${claims} claims p50`,
        percentile(similar, 50) / 1000,
        'ms',
        percentile(similarBase, 50) / 1000,
        'one FTS match of one word',
      ),
      result(
        `hoaxes.list search + status filter, ${claims} claims p50`,
        percentile(list, 50) / 1000,
        'ms',
        percentile(listBase, 50) / 1000,
        'raw select of 100 rows',
      ),
      result(
        `hoaxes.list first page (100 of ${claims}) p50`,
        percentile(page, 50) / 1000,
        'ms',
        percentile(listBase, 50) / 1000,
        'raw select of 100 rows',
      ),
    ];
  } finally {
    office.remove();
  }
}
