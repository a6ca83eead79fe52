import { createHash } from 'node:crypto';
import type { StatementContent } from '../../../shared/ipc/statements';
import { canonicalJson } from '../db/auditChain';

/**
 * A revision's identity: SHA-256 of the canonical JSON (RFC 8785) of its content. Key order and
 * number formatting cannot change it, so the same content always has the same hash.
 */
export function canonicalContent(content: StatementContent): { json: string; hash: string } {
  const json = canonicalJson(content);
  return { json, hash: createHash('sha256').update(json, 'utf8').digest('hex') };
}
