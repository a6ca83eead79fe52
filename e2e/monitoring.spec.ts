import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { nav, shot } from './desk';
import { demoPassword, expect, signIn, signOut, test } from './fixtures';

/**
 * Early warning in, coverage out, as the desk meets it: BMKG's earthquake list and an outlet's
 * news served from this machine (nothing leaves it). The earthquake happened twenty minutes before
 * the desk reads it, so a crisis opened from it must show its golden hour already running — the
 * fifteen-minute prompt missed — which only holds if its clock started at the warning.
 */

/** When the test's feeds say their events happened: relative to the server's clock (the real one here). */
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const bmkgTime = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, '+00:00');

function gempaterkini(): string {
  return JSON.stringify({
    Infogempa: {
      gempa: [
        {
          DateTime: bmkgTime(minutesAgo(20)),
          Coordinates: '-7.98,110.12',
          Magnitude: '5.6',
          Kedalaman: '10 km',
          Wilayah: '38 km BaratDaya BANTUL-DIY',
          Potensi: 'Tidak berpotensi tsunami',
        },
        // Stronger, but far from Sleman: read, not an early warning.
        {
          DateTime: bmkgTime(minutesAgo(90)),
          Coordinates: '-2.53,140.70',
          Magnitude: '6.1',
          Kedalaman: '35 km',
          Wilayah: '52 km TimurLaut JAYAPURA-PAPUA',
          Potensi: 'Tidak berpotensi tsunami',
        },
      ],
    },
  });
}

function news(): string {
  const item = (id: string, title: string, text: string, at: Date) =>
    `<item><guid>${id}</guid><title>${title}</title><link>https://kabar-sleman.example/${id}</link>` +
    `<description>${text}</description><pubDate>${at.toUTCString()}</pubDate></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kabar Sleman</title>
<link>https://kabar-sleman.example/</link><description>Berita Sleman</description>
${item('b1', 'Pemkab Sleman Menangani Banjir di Kecamatan Mlati, 120 Keluarga Mengungsi', 'Pernyataan resmi Pemkab.', minutesAgo(5))}
${item('h1', 'Warga Sleman resah: air PDAM tercemar lahar?', 'Pesan berantai menyebut air PDAM Sleman tercemar material lahar dan warga dilarang minum air keran.', minutesAgo(10))}
</channel></rss>`;
}

/** An instant as CAP writes it: WIB's offset, never `Z` (the schema's pattern). */
const capTime = (at: Date) => `${new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;

function capAlert(): string {
  const sent = capTime(minutesAgo(8));
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>BMKG-DIY-E2E-001</identifier><sender>peringatan.dini@bmkg.go.id</sender><sent>${sent}</sent>
  <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
  <info><language>id</language><category>Met</category><event>Hujan Lebat disertai Petir</event>
    <urgency>Immediate</urgency><severity>Severe</severity><certainty>Likely</certainty>
    <expires>${capTime(minutesAgo(-180))}</expires><senderName>BMKG Stasiun Klimatologi DIY</senderName>
    <headline>Peringatan Dini Cuaca DIY</headline>
    <description>Hujan lebat disertai petir di Sleman dan Bantul.</description>
    <area><areaDesc>Kab. Sleman; Kab. Bantul</areaDesc>
      <geocode><valueName>BPS</valueName><value>3404</value></geocode></area>
  </info>
</alert>`;
}

async function startFeeds(): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    if (request.url === '/gempaterkini.json')
      response.writeHead(200, { 'content-type': 'application/json' }).end(gempaterkini());
    else if (request.url === '/cap.xml') response.writeHead(200, { 'content-type': 'application/xml' }).end(capAlert());
    else if (request.url === '/kabar.xml')
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(news());
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function addFeed(page: Page, kind: string | null, name: string, url: string) {
  await page.getByRole('button', { name: 'Tambah sumber' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah sumber' });
  if (kind) {
    await dialog.getByRole('combobox', { name: 'Jenis' }).click();
    await page.getByRole('option', { name: kind }).click();
  }
  await dialog.getByRole('textbox', { name: 'Nama' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Alamat (URL)' }).fill(url);
  await dialog.getByRole('button', { name: 'Tambahkan' }).click();
  await expect(dialog).toBeHidden();
}

test('a warning becomes a notice and opens a crisis whose clock started at the warning; news shows as pickup and as a sighting', async ({
  page,
  demo: siaga,
}) => {
  test.setTimeout(150_000);
  const feeds = await startFeeds();
  try {
    // The administrator subscribes the office (its rules for Sleman came with the demo office).
    await page.goto(siaga.url);
    await signIn(page, 'admin', demoPassword);
    await nav(page, 'Pemantauan');
    await page.getByRole('tab', { name: 'Aturan' }).click();
    await expect(page.getByRole('combobox', { name: 'Kata kunci' })).toBeVisible();
    await shot(page, 'monitoring-rules');
    await page.getByRole('tab', { name: 'Sumber' }).click();
    // A bad address is refused in words, and nothing is added.
    await page.getByRole('button', { name: 'Tambah sumber' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah sumber' });
    await dialog.getByRole('textbox', { name: 'Nama' }).fill('Salah alamat');
    await dialog.getByRole('textbox', { name: 'Alamat (URL)' }).fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Tambahkan' }).click();
    await expect(dialog.getByText('Alamat situs harus diawali http:// atau https://.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await addFeed(page, 'Gempa BMKG', 'BMKG — gempa M 5,0+', `${feeds.base}/gempaterkini.json`);
    await addFeed(page, null, 'Kabar Sleman', `${feeds.base}/kabar.xml`);
    await addFeed(page, 'Peringatan CAP', 'BMKG — peringatan dini cuaca', `${feeds.base}/cap.xml`);
    // Read at once, not at the next minute's tick: both healthy, with what they brought.
    const quakeRow = page.getByRole('row', { name: /BMKG — gempa M 5,0\+/ });
    await expect(quakeRow.getByText('Baik')).toBeVisible();
    await expect(quakeRow.getByRole('cell', { name: '2', exact: true })).toBeVisible();
    await expect(page.getByRole('row', { name: /Kabar Sleman/ }).getByText('Baik')).toBeVisible();
    await shot(page, 'monitoring-feeds');
    await signOut(page);

    // The drafter's desk: the warning is a notice, and three clicks open the crisis.
    await signIn(page, 'staf', demoPassword);
    await page.getByRole('button', { name: /^Pemberitahuan \(\d+\)$/ }).click();
    const warnings = page.getByRole('dialog', { name: 'Pemberitahuan' }).getByRole('article', { name: 'Sinyal dini' });
    // The quake, the weather warning and the rumour; the story that ran our own statement is
    // coverage, not a warning.
    await expect(warnings).toHaveCount(3);
    const warning = warnings.filter({ hasText: 'BMKG — gempa M 5,0+: 38 km BaratDaya BANTUL-DIY' });
    await warning.getByRole('button', { name: 'Tinjau sinyal' }).click();
    const card = page.getByRole('article', { name: '38 km BaratDaya BANTUL-DIY' });
    await expect(card.getByText(/^\d+ km dari pusat wilayah$/)).toBeVisible();
    await expect(page.getByRole('article', { name: '52 km TimurLaut JAYAPURA-PAPUA' })).toHaveCount(0);
    // The weather warning: matched by its regency code, and checked against the CAP 1.2 schema.
    const weather = page.getByRole('article', { name: 'Peringatan Dini Cuaca DIY' });
    await expect(weather.getByText('wilayah: Kabupaten Sleman, DI Yogyakarta')).toBeVisible();
    await weather.getByRole('button', { name: 'Rincian' }).click();
    await expect(weather.getByText('sah', { exact: true })).toBeVisible();
    await shot(page, 'monitoring-signals');
    await card.getByRole('link', { name: 'Buka krisis dari sinyal' }).click();
    await expect(page.getByRole('heading', { name: 'Buka krisis dari sinyal', level: 2 })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Judul krisis' })).toHaveValue(
      'Gempa M 5,6 — 38 km BaratDaya BANTUL-DIY',
    );
    await expect(page.getByRole('checkbox', { name: /Magnitudo gempa 5,6 M/ })).toBeChecked();
    await shot(page, 'monitoring-crisis-form');
    await page.getByRole('button', { name: 'Buka krisis' }).click();
    await expect(
      page.getByRole('heading', { name: 'Gempa M 5,6 — 38 km BaratDaya BANTUL-DIY', level: 2 }),
    ).toBeVisible();
    // Twenty minutes since the warning: the fifteen-minute prompt is already missed.
    const clock = page.getByRole('region', { name: 'Golden hour' });
    await expect(clock.getByText('15 menit · terlewat')).toBeVisible();
    await expect(clock.getByText('30 menit · berikutnya')).toBeVisible();
    await page.getByRole('tab', { name: 'Angka resmi' }).click();
    await expect(page.getByText('Magnitudo gempa')).toBeVisible();
    await shot(page, 'monitoring-crisis');

    // The warning no longer waits; the rumour does, and is recorded on the claim the desk has.
    await nav(page, 'Pemantauan');
    await expect(page.getByRole('article', { name: '38 km BaratDaya BANTUL-DIY' })).toHaveCount(0);
    const rumour = page.getByRole('article', { name: 'Warga Sleman resah: air PDAM tercemar lahar?' });
    await rumour.getByRole('button', { name: 'Catat sebagai sighting' }).click();
    const sighting = page.getByRole('dialog', { name: 'Catat sebagai sighting' });
    await sighting.getByRole('radio', { name: /^Air PDAM Sleman tercemar material lahar/ }).check();
    await shot(page, 'monitoring-sighting');
    await sighting.getByRole('button', { name: 'Catat' }).click();
    await expect(
      page.getByText('Air PDAM Sleman tercemar material lahar, warga dilarang minum air keran selama sebulan.').first(),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'https://kabar-sleman.example/h1' })).toBeVisible();

    // The story that ran our released statement is its coverage.
    await nav(page, 'Pernyataan');
    await page.getByRole('link', { name: 'Pemkab Sleman Menangani Banjir di Kecamatan Mlati', exact: true }).click();
    await page.getByRole('tab', { name: 'Pemberitaan (1)' }).click();
    await expect(
      page.getByRole('link', { name: 'Pemkab Sleman Menangani Banjir di Kecamatan Mlati, 120 Keluarga Mengungsi' }),
    ).toBeVisible();
    await expect(page.getByText('judul', { exact: true })).toBeVisible();
    await shot(page, 'monitoring-pickup');
  } finally {
    await new Promise((resolve) => feeds.server.close(resolve));
  }
});
