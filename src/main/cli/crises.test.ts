import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CrisisSummary } from '../../shared/ipc/crises';
import type { HoaxSummary } from '../../shared/ipc/hoaxes';
import { docxText } from '../../../test/readers';
import { useTempDirs } from '../../../test/tempDir';
import { runCli } from './run';
import { captureIo as io } from '../../../test/cliHarness';

describe('siaga crises, report crisis and hoaxes', () => {
  const tempDir = useTempDirs();

  it('lists the demo’s crises and claims and writes the closed crisis’s evaluation report', async () => {
    const dataDir = join(tempDir(), 'demo');
    expect(await runCli(['demo', '--data-dir', dataDir], io().io)).toBe(0);

    const list = io();
    expect(await runCli(['crises', 'list', '--json', '--data-dir', dataDir], list.io)).toBe(0);
    const crises = JSON.parse(list.out.join('\n')) as CrisisSummary[];
    expect(crises.map((crisis) => [crisis.status, crisis.phase, crisis.type])).toEqual([
      ['open', 'initial', 'cyber_data_leak'],
      ['closed', 'post', 'natural_disaster'],
    ]);
    const closed = crises[1]!;

    const out = join(tempDir(), 'laporan.docx');
    const report = io();
    expect(
      await runCli(['report', 'crisis', closed.id, '--format', 'docx', '--out', out, '--data-dir', dataDir], report.io),
    ).toBe(0);
    const text = await docxText(readFileSync(out));
    expect(text).toContain('Laporan Evaluasi Pascakrisis');
    expect(text).toContain('Banjir lahar hujan Kecamatan Cangkringan');
    // The demo's history, as written on its clock: first release 34 minutes after the signal,
    // one of three promised updates late.
    expect(text).toContain('34 menit');
    expect(text).toContain('3 dijanjikan: 2 tepat waktu, 1 terlambat');
    expect(text).toContain('Pembaruan pertama terlambat 15 menit');
    // The eruption rumour: seen 09.58, clarification released 11.35; it is on the timeline too.
    expect(text).toContain('1 tercatat, 1 diklarifikasi; median waktu klarifikasi 1 jam 37 menit');
    expect(text).toContain('Klarifikasi dirilis');

    const verify = io();
    expect(await runCli(['verify', '--data-dir', dataDir], verify.io)).toBe(0);

    // The hoax register: a claim in every status, the merged duplicate marked, one clarified today.
    const hoaxes = io();
    expect(await runCli(['hoaxes', 'list', '--json', '--data-dir', dataDir], hoaxes.io)).toBe(0);
    const claims = JSON.parse(hoaxes.out.join('\n')) as HoaxSummary[];
    expect(new Set(claims.map((claim) => claim.status))).toEqual(
      new Set(['reported', 'verifying', 'verdict', 'clarified', 'closed']),
    );
    const released = claims.filter((claim) => claim.clarification?.status === 'released');
    expect(released.map((claim) => claim.verdict)).toEqual(['hoax', 'hoax']);
    expect(released.every((claim) => claim.minutesToClarify !== null && claim.minutesToClarify > 0)).toBe(true);
    expect(claims.find((claim) => claim.crisis?.id === closed.id)?.minutesToClarify).toBe(97);
    expect(claims.filter((claim) => claim.mergedInto !== null)).toHaveLength(1);
    expect(claims.find((claim) => claim.status === 'verdict')?.clarification?.status).toBe('in_review');
    const plain = io();
    expect(await runCli(['hoaxes', 'list', '--data-dir', dataDir], plain.io)).toBe(0);
    expect(plain.out).toHaveLength(claims.length);
    expect(plain.out.join('\n')).toContain('clarified  hoax');
    const bad = io();
    expect(await runCli(['hoaxes', 'remove', '--data-dir', dataDir], bad.io)).toBe(2);

    const wrong = io();
    expect(
      await runCli(['report', 'crisis', closed.id, '--format', 'odt', '--out', out, '--data-dir', dataDir], wrong.io),
    ).toBe(2);
    expect(wrong.err.join('\n')).toContain('--format must be pdf or docx');
    const missing = io();
    expect(
      await runCli(['report', 'crisis', 'nope', '--format', 'pdf', '--out', out, '--data-dir', dataDir], missing.io),
    ).toBe(1);
  });
});
