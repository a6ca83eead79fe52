/**
 * A "valid e-mail address" as the WHATWG HTML standard defines it for <input type=email>: the
 * grammar browsers apply, stricter than RFC 5322 where RFC 5322 allows what no mail client sends
 * (quoted local parts, comments, IP literals).
 */
const whatwgEmail =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export function isValidEmail(value: string): boolean {
  return value.length <= 254 && whatwgEmail.test(value);
}

/** Addresses are compared and stored in lower case, trimmed (duplicates differ only in case). */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}
