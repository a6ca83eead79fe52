import { describe, expect, it } from 'vitest';
import { isValidEmail, normalizeEmail } from '../../../shared/contacts/email';
import { normalizePhone } from './phone';

describe('contact fields', () => {
  it('normalises Indonesian phone numbers however they are typed to E.164', () => {
    for (const typed of [
      '0812-3456-7890',
      '0812 3456 7890',
      '+62 812 3456 7890',
      '62 812-3456-7890',
      '(+62) 812.3456.7890',
      '0062 812 3456 7890',
    ]) {
      expect(normalizePhone(typed), typed).toEqual({ ok: true, e164: '+6281234567890' });
    }
    expect(normalizePhone('(0274) 868405')).toEqual({ ok: true, e164: '+62274868405' });
    expect(normalizePhone('+44 20 7946 0958')).toEqual({ ok: true, e164: '+442079460958' });
    for (const bad of ['12', 'bukan nomor', '', '0812']) expect(normalizePhone(bad).ok, bad).toBe(false);
  });

  it('validates e-mail addresses by the WHATWG grammar', () => {
    for (const good of ['ani@tempo.co', 'redaksi.jogja+rilis@harianjogja.com', 'A_B@sub.domain.id']) {
      expect(isValidEmail(good), good).toBe(true);
    }
    for (const bad of [
      'ani',
      'ani@',
      '@tempo.co',
      'ani tempo@tempo.co',
      'ani@-tempo.co',
      '"ani"@tempo.co',
      'ani@tempo..co',
    ]) {
      expect(isValidEmail(bad), bad).toBe(false);
    }
    expect(normalizeEmail('  Ani@Tempo.CO ')).toBe('ani@tempo.co');
  });
});
