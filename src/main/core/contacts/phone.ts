import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export type PhoneResult = { ok: true; e164: string } | { ok: false; reason: 'phone_invalid' };

/**
 * A phone number as E.164 ("+6281234567890"), Indonesia (+62) when no country is given: "0812-3456-
 * 7890", "62 812 3456 7890" and "+62 812 3456 7890" are one number. libphonenumber's metadata knows
 * which lengths are possible per country, so a typo'd number is reported, not stored.
 */
export function normalizePhone(value: string): PhoneResult {
  const cleaned = value.trim().replace(/^00/, '+');
  // "62812..." without a plus is how many people type an Indonesian number in international form.
  const withPlus = /^62\d{8,}$/.test(cleaned.replace(/[\s.()-]/g, '')) ? `+${cleaned}` : cleaned;
  const parsed = parsePhoneNumberFromString(withPlus, 'ID');
  if (!parsed || !parsed.isPossible()) return { ok: false, reason: 'phone_invalid' };
  return { ok: true, e164: parsed.number };
}

/**
 * A stored number as people dial it in a file: "0812-3456-7890" at home, "0044 20 7946 0958"
 * abroad — never starting with "+", which a spreadsheet reads as a formula. Reads back the same.
 */
export function dialledNumber(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  if (parsed.countryCallingCode === '62') return parsed.formatNational();
  return `00${parsed.formatInternational().slice(1)}`;
}
