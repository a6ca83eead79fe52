import { describe, expect, it } from 'vitest';
import { adminProfile, officeProfile, openTestCore, setUpOffice } from '../../../../test/coreHarness';
import { useTempDirs } from '../../../../test/tempDir';

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('office', () => {
  const tempDir = useTempDirs();

  it('first run: status says not configured, setup signs the admin in, a second setup is refused', async () => {
    const test = await openTestCore(tempDir());
    try {
      expect(await test.value('office.status', {})).toEqual({ configured: false, agencyName: null, unitName: null });
      const setup = await test.value('office.setup', { office: officeProfile, admin: adminProfile });
      expect(setup.account).toMatchObject({ username: 'admin', roles: ['admin'], idleLockMinutes: 15 });
      expect((await test.value('accounts.me', {}, setup.sessionId)).username).toBe('admin');
      expect(await test.value('office.status', {})).toMatchObject({
        configured: true,
        agencyName: officeProfile.agencyName,
      });
      const again = await test.call('office.setup', {
        office: officeProfile,
        admin: { ...adminProfile, username: 'second' },
      });
      expect(again.ok ? 'ok' : again.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'officeExists' } });
      expect((await test.value('accounts.list', {}, setup.sessionId)).map((a) => a.username)).toEqual(['admin']);
    } finally {
      await test.core.close();
    }
  });

  it('refuses bad profile fields next to the field, and a bad admin in the same call writes nothing', async () => {
    const test = await openTestCore(tempDir());
    try {
      const result = await test.call('office.setup', {
        office: {
          ...officeProfile,
          agencyName: ' ',
          numberingPattern: '{nomor}/SP',
          officeHours: { start: '16:00', end: '08:00', days: [1] },
          email: 'bukan-email',
        },
        admin: { ...adminProfile, password: 'pendek' },
      });
      expect(result.ok).toBe(false);
      const issues = result.ok
        ? []
        : (result.error.details?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
      expect(issues).toEqual(
        expect.arrayContaining([
          'office.agencyName:required',
          'office.numberingPattern:numbering_pattern',
          'office.officeHours.end:office_hours_order',
          'office.email:email_format',
          'admin.password:password_too_short',
        ]),
      );
      expect((await test.value('office.status', {})).configured).toBe(false);
    } finally {
      await test.core.close();
    }
  });

  it('keeps a PNG logo; refuses a fake or oversized one; strips scripts from an SVG', async () => {
    const test = await openTestCore(tempDir());
    try {
      const admin = await setUpOffice(test);
      const withPng = await test.value(
        'office.update',
        { ...officeProfile, logo: { mimeType: 'image/png', dataBase64: png.toString('base64') } },
        admin,
      );
      expect(withPng.logo?.dataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);

      const fake = await test.call(
        'office.update',
        {
          ...officeProfile,
          logo: { mimeType: 'image/png', dataBase64: Buffer.from('MZ executable').toString('base64') },
        },
        admin,
      );
      expect(fake.ok ? 'ok' : fake.error.details?.issues?.[0]).toMatchObject({
        path: ['logo'],
        message: 'logo_invalid',
      });
      const huge = await test.call(
        'office.update',
        {
          ...officeProfile,
          logo: {
            mimeType: 'image/jpeg',
            dataBase64: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(600 * 1024)]).toString('base64'),
          },
        },
        admin,
      );
      expect(huge.ok ? 'ok' : huge.error.code).toBe('VALIDATION');

      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><circle r="4"/></a><foreignObject><p>x</p></foreignObject></svg>';
      const cleaned = await test.value(
        'office.update',
        { ...officeProfile, logo: { mimeType: 'image/svg+xml', dataBase64: Buffer.from(svg).toString('base64') } },
        admin,
      );
      const stored = Buffer.from(cleaned.logo!.dataUrl.split(',')[1]!, 'base64').toString('utf8');
      expect(stored).toContain('<circle');
      for (const bad of ['onload', '<script', 'javascript:', 'foreignObject']) expect(stored).not.toContain(bad);

      // Leaving the logo out keeps it; null removes it.
      expect((await test.value('office.update', { ...officeProfile }, admin)).logo).not.toBeNull();
      expect((await test.value('office.update', { ...officeProfile, logo: null }, admin)).logo).toBeNull();
      const updates = (await test.value('audit.list', { action: 'office.updated' }, admin)).events;
      expect(updates).toHaveLength(4);
    } finally {
      await test.core.close();
    }
  });
});
