import type { Page } from '@playwright/test';
import { contactInput } from '../test/contactsHarness';
import { conferenceInput } from '../test/conferencesHarness';
import { crisisInput } from '../test/crisesHarness';
import { hoaxInput } from '../test/hoaxesHarness';
import { demoPassword, expect, signIn, test, type SiagaServer } from './fixtures';
import { nav } from './desk';

/**
 * An XSS corpus written through the contract into every kind of record whose text the desk reads
 * (statement title, summary and body, contact, claim, crisis, conference, the audit trail that
 * records them), then every view that shows them is opened: no payload may run (each would set
 * `window.__xss` or open a dialog) and no event-handler attribute may reach the DOM.
 */
const corpus = [
  '<img src=x onerror="window.__xss=1">',
  '<svg/onload=window.__xss=2>',
  '<script>window.__xss=3</script>',
  '"><iframe srcdoc="<script>parent.__xss=4</script>"></iframe>',
  '\'><a href="javascript:window.__xss=5">klik</a>',
  '<details open ontoggle=window.__xss=6>',
];
const payload = `Uji ${corpus.join(' ')}`;

/** One call to the core over browser mode's loopback bridge, as the renderer makes it. */
async function rpc<T>(server: SiagaServer, channel: string, input: unknown, session?: string): Promise<T> {
  const token = new URL(server.url).hash.replace('#token=', '');
  const response = await fetch(`${server.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      ...(session ? { 'X-Siaga-Session': session } : {}),
    },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function seedCorpus(server: SiagaServer) {
  const login = (username: string) =>
    rpc<{ sessionId: string; account: { id: string } }>(server, 'accounts.login', {
      username,
      password: demoPassword,
    });
  const staf = await login('staf');
  const jubir = await login('jubir');
  const contact = await rpc<{ id: string }>(
    server,
    'contacts.create',
    // First by name, so the contacts table shows it without scrolling.
    contactInput(`Aaa Wartawan ${corpus[0]}`, { notes: payload }),
    staf.sessionId,
  );
  const created = await rpc<{ id: string; currentRevisionId: string; content: Record<string, unknown> }>(
    server,
    'statements.create',
    { kind: 'press_release', language: 'id', templateId: null },
    staf.sessionId,
  );
  const body = {
    type: 'doc',
    content: corpus.map((text) => ({
      type: 'paragraph',
      content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href: 'javascript:window.__xss=7' } }] }],
    })),
  };
  const statement = await rpc<{ id: string }>(
    server,
    'statements.save',
    {
      id: created.id,
      baseRevisionId: created.currentRevisionId,
      content: { ...created.content, title: payload.slice(0, 200), summary: payload, body, datelinePlace: corpus[1] },
    },
    staf.sessionId,
  );
  const hoax = await rpc<{ id: string }>(
    server,
    'hoaxes.save',
    { id: null, hoax: hoaxInput({ claim: payload, reportedBy: corpus[2], topic: corpus[5] }) },
    staf.sessionId,
  );
  const crisis = await rpc<{ id: string }>(
    server,
    'crises.save',
    { id: null, crisis: crisisInput({ title: payload.slice(0, 200), firstSignalAt: new Date().toISOString() }) },
    staf.sessionId,
  );
  const conference = await rpc<{ id: string }>(
    server,
    'conferences.save',
    {
      id: null,
      conference: conferenceInput(
        { spokesperson: { account: jubir.account } },
        { title: payload.slice(0, 200), venueName: corpus[3], venueAddress: corpus[4] },
      ),
    },
    staf.sessionId,
  );
  const agency = await rpc<{ id: string }>(
    server,
    'crises.saveAgency',
    { name: `BPBD ${corpus[0]}`.slice(0, 200), kind: 'disaster_agency', notes: payload },
    staf.sessionId,
  );
  const admin = await login('admin');
  await rpc(
    server,
    'accounts.create',
    {
      username: 'uji.xss',
      fullName: `Aaa ${corpus[1]}`,
      nip: '',
      position: corpus[2],
      email: '',
      phone: '',
      password: 'Pengguna-2026',
      roles: ['viewer'],
    },
    admin.sessionId,
  );
  return {
    contact: contact.id,
    statement: statement.id,
    hoax: hoax.id,
    crisis: crisis.id,
    conference: conference.id,
    agency: agency.id,
  };
}

/** No payload ran, and nothing in the page carries an event-handler attribute or a javascript: link. */
async function expectInert(page: Page, where: string, shown = true) {
  if (shown) await expect(page.getByText(/Uji|Wartawan|Aaa|BPBD/).first(), where).toBeVisible();
  const found = await page.evaluate(() => {
    const handlers: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        const value = attribute.value.trim().toLowerCase();
        if (attribute.name.startsWith('on') || (attribute.name === 'href' && value.startsWith('javascript:'))) {
          handlers.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
        }
      }
    }
    const frames = document.querySelectorAll('iframe').length;
    return { ran: (window as unknown as { __xss?: number }).__xss ?? null, handlers, frames };
  });
  expect(found, where).toEqual({ ran: null, handlers: [], frames: 0 });
}

test('an XSS corpus in every record is shown as text everywhere and never runs', async ({ demo, page }) => {
  const ids = await seedCorpus(demo);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(demo.url);
  await signIn(page, 'staf', demoPassword);
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();

  const views: [string, string][] = [
    ['statements list', '#/statements'],
    ['statement', `#/statements/${ids.statement}`],
    ['contacts list', '#/contacts'],
    ['contact', `#/contacts/${ids.contact}`],
    ['hoax board', '#/hoaxes'],
    ['hoax', `#/hoaxes/${ids.hoax}`],
    ['crises list', '#/crises'],
    ['crisis', `#/crises/${ids.crisis}`],
    ['conferences list', '#/conferences'],
    ['conference', `#/conferences/${ids.conference}`],
    ['home', '#/home'],
    ['agencies', '#/crises/agencies'],
  ];
  for (const [where, hash] of views) {
    await page.goto(`${demo.origin}/${hash}`);
    await expectInert(page, where);
  }
  // The audit trail shows what was recorded, as the administrator reads it.
  await page.goto(demo.url);
  await page.getByRole('button', { name: 'Menu pengguna' }).click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await signIn(page, 'admin', demoPassword);
  await nav(page, 'Akun Pengguna');
  await expectInert(page, 'accounts');
  await nav(page, 'Jejak Audit');
  await expect(page.getByRole('table').first()).toBeVisible();
  // The trail records ids and fields, not always the text itself: only inertness is asked here.
  await expectInert(page, 'audit', false);
  expect(dialogs).toEqual([]);
});
