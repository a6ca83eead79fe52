/**
 * A fingerprint of an e-mail address or phone number of an erased contact (HMAC-SHA-256 under the
 * office's `erasure_salt`): lets import and entry recognise the person without keeping their data.
 */
export interface ErasedIdentifierTable {
  fingerprint: string;
  kind: 'email' | 'phone';
  contact_id: string;
  erased_at: string;
}
