import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { instantToWallTime } from '../src/shared/time/zonedInstant';
import { outward, startSmtpServer, waitFor } from '../test/smtpHarness';
import { docxText, pdfText } from '../test/readers';
import { demoPassword, expect, setMailServer, signIn, signOut, test } from './fixtures';

const title = 'Konferensi pers pemulihan pascabanjir Jayapura';

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Navigasi utama' });
}

async function downloaded(page: Page, button: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await download.path());
}

test('a conference in WIT: invitations with calendar files, RSVP, the door with a walk-in, briefing pack and sheets', async ({
  page,
  demo: siaga,
}) => {
  test.setTimeout(90_000);
  const smtp = await startSmtpServer();
  try {
    await page.goto(siaga.url);
    await setMailServer(page, smtp.port);
    await signOut(page);

    // The desk schedules a conference in Jayapura, ten days from now, 10.00–11.00 WIT.
    await signIn(page, 'staf', demoPassword);
    await nav(page).getByRole('link', { name: 'Konferensi Pers' }).click();
    await expect(page.getByRole('heading', { name: 'Konferensi Pers' })).toBeVisible();
    await page.getByRole('button', { name: 'Jadwalkan kegiatan' }).click();
    const day = instantToWallTime(new Date(Date.now() + 10 * 86_400_000).toISOString(), 'Asia/Jayapura').slice(0, 10);
    await page.getByRole('textbox', { name: 'Judul' }).fill(title);
    await page.getByRole('textbox', { name: 'Mulai' }).fill(`${day}T10:00`);
    await page.getByRole('textbox', { name: 'Selesai' }).fill(`${day}T11:00`);
    await page.getByRole('combobox', { name: 'Zona waktu kegiatan' }).click();
    await page.getByRole('option', { name: /^WIT —/ }).click();
    await page.getByRole('textbox', { name: 'Tempat' }).fill('Aula Kantor Gubernur Papua');
    await page.getByRole('textbox', { name: 'Alamat' }).fill('Jl. Soa Siu, Dok II, Jayapura');
    await page.getByRole('combobox', { name: 'Juru bicara' }).click();
    await page.getByRole('option', { name: 'Rina Marlina, S.H.' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Pesan kunci' }).fill('Pemulihan berjalan; bantuan tersalurkan.');
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByText('10.00–11.00 WIT').first()).toBeVisible();

    // Invitations to the flood list go through the outbox, each with its calendar file.
    await page.getByRole('button', { name: 'Undang' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undang wartawan' });
    await dialog.getByRole('combobox', { name: 'Daftar dan segmen' }).click();
    await page.getByRole('option', { name: /^Undangan konferensi pers banjir/ }).click();
    await dialog.getByRole('button', { name: 'Kirim undangan' }).click();
    const sent = page.getByText(/^Undangan dikirim ke \d+ orang/);
    await expect(sent).toBeVisible();
    const count = Number(/ke (\d+) orang/.exec((await sent.textContent()) ?? '')![1]);
    expect(count).toBeGreaterThan(2);
    await waitFor(() => outward(smtp.received).length === count, 30_000);
    for (const message of outward(smtp.received)) {
      const part = message.parsed!.attachments.find((item) => item.contentType.startsWith('text/calendar'))!;
      const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      // The title already says what it is: not "Konferensi pers: Konferensi pers …".
      expect(event.summary).toBe(title);
      expect(event.startDate.toString()).toBe(`${day}T10:00:00`);
      expect(event.startDate.zone.tzid).toBe('Asia/Jayapura');
      // The URI scheme is case-insensitive (RFC 3986); ical-generator writes MAILTO.
      expect(String(event.attendees[0]!.getFirstValue()).toLowerCase()).toBe(`mailto:${message.to[0]}`);
    }

    // RSVPs recorded from calls.
    await page.getByRole('tab', { name: /Undangan & konfirmasi/ }).click();
    const rows = page.getByRole('row');
    await expect(rows).toHaveCount(count + 1);
    const first = (await rows.nth(1).getByRole('cell').first().locator('p').first().textContent())!;
    const second = (await rows.nth(2).getByRole('cell').first().locator('p').first().textContent())!;
    await rows.nth(1).getByText('Akan hadir', { exact: true }).click();
    await rows.nth(2).getByText('Tidak', { exact: true }).click();
    await expect(page.getByTestId('rsvp-summary')).toContainText('Akan hadir 1 · mungkin 0 · tidak 1');

    // The door: tick the one who said yes, then a walk-in as a new contact.
    await page.getByRole('link', { name: 'Registrasi di pintu' }).click();
    await page.getByRole('textbox', { name: 'Cari nama, media, atau surel' }).fill(first.split(' ')[0]!);
    await page.getByRole('button', { name: `Catat kedatangan ${first}` }).click();
    await expect(page.getByTestId('present-count')).toHaveText(`1 dari ${count} sudah datang`);
    await page.getByRole('button', { name: 'Tamu tanpa undangan' }).click();
    const walkIn = page.getByRole('dialog', { name: 'Tamu tanpa undangan' });
    await walkIn.getByRole('textbox', { name: 'Nama lengkap' }).fill('Yakobus Wenda');
    await walkIn.getByRole('textbox', { name: 'Surel' }).fill('yakobus@cenderawasihpos.test');
    await expect(walkIn.getByRole('textbox', { name: 'Sumber data' })).toHaveValue(
      /^Daftar hadir Konferensi pers pemulihan/,
    );
    await walkIn.getByRole('button', { name: 'Catat hadir' }).click();
    await expect(page.getByText('Yakobus Wenda tercatat hadir.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Cari nama, media, atau surel' }).fill('');
    await expect(page.getByTestId('present-count')).toHaveText(`2 dari ${count + 1} sudah datang`);

    // The paperwork: briefing pack and sign-in sheet, read back.
    await page.getByRole('link', { name: '← Kembali ke kegiatan' }).click();
    await page.getByRole('tab', { name: 'Dokumen' }).click();
    const briefing = (await pdfText(await downloaded(page, 'Bahan briefing juru bicara PDF'))).text;
    expect(briefing).toContain('Bahan Briefing Juru Bicara');
    expect(briefing).toContain('10.00–11.00 WIT');
    expect(briefing).toContain('Pemulihan berjalan; bantuan tersalurkan.');
    expect(briefing).toContain(first);
    expect(briefing).toContain('Yakobus Wenda');
    expect(briefing).not.toContain(second);
    const sheet = await docxText(await downloaded(page, 'Daftar hadir DOCX'));
    expect(sheet).toContain('Tanda tangan');
    expect(sheet).toContain('Yakobus Wenda');
    // Printed before the door opens: every invitee is on it, not only those already there.
    expect(sheet).toContain(second);
    const attendance = (await pdfText(await downloaded(page, 'Rekap kehadiran PDF'))).text;
    expect(attendance).toContain(`Diundang ${count} · akan hadir 1 · sudah datang 2 · tanpa undangan 1`);
  } finally {
    await smtp.close();
  }
});
