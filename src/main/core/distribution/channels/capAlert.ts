import type { Kysely } from 'kysely';
import { create } from 'xmlbuilder2';
import { regionLabel } from '../../../../shared/contacts/regions';
import type { CapParams } from '../../../../shared/ipc/distribution';
import { docToPlainText } from '../../../../shared/statements/plainText';
import { zoneOffsets } from '../../../../shared/time/zonedInstant';
import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import type { Database } from '../../db/schema';
import { CoreError, notFound } from '../../kernel/errors';
import { outputInput } from '../../statements/exportService';
import { findStatementRow } from '../../statements/statementRepository';

const capNamespace = 'urn:oasis:names:tc:emergency:cap:1.2';

/** CAP's dateTime: seconds, and an explicit offset (never "Z"), in the office's zone. */
export function capDateTime(instant: string, zone: OfficeTimeZone): string {
  const offset = zoneOffsets[zone];
  const [sign, hours, minutes] = [offset[0] === '-' ? -1 : 1, Number(offset.slice(1, 3)), Number(offset.slice(4, 6))];
  const local = new Date(Date.parse(instant) + sign * (hours * 60 + minutes) * 60_000);
  return `${local.toISOString().slice(0, 19)}${offset}`;
}

/** CAP forbids spaces, commas and "<" / "&" in sender and identifier. */
const capToken = (value: string) => value.replace(/[\s,<&]+/g, '-');

/** The sender of every alert this office issues: its e-mail, else its web host. */
export function capSender(office: { email: string; website: string }): string {
  if (office.email) return capToken(office.email);
  try {
    return capToken(new URL(office.website).host) || 'siaga.invalid';
  } catch {
    return 'siaga.invalid';
  }
}

/** One alert per statement: the identifier is derived, so a later Update can name it without a lookup. */
export const capIdentifier = (statementId: string) => `siaga-${statementId}`;

export interface CapAlertInput {
  statementId: string;
  params: CapParams;
  now: Date;
}

/**
 * A CAP 1.2 alert (OASIS) of an approved statement, valid against CAP-v1.2.xsd. A correction of an
 * earlier statement defaults to Update (a retraction to Cancel) and references that statement's alert.
 */
export async function capAlertXml(db: Kysely<Database>, input: CapAlertInput): Promise<string> {
  const row = await findStatementRow(db, input.statementId);
  if (!row) throw notFound('statement', input.statementId);
  if (!['approved', 'released', 'corrected', 'retracted'].includes(row.status)) {
    throw new CoreError('CONFLICT', 'Only an approved statement can be issued as an alert', { reason: 'notApproved' });
  }
  const output = await outputInput(db, row.id);
  const office = await db.selectFrom('office').selectAll().executeTakeFirstOrThrow();
  const zone = office.time_zone;
  const sender = capSender(office);
  const params = { ...input.params, references: [...input.params.references] };
  let msgType = params.msgType;
  if (row.corrects_id && params.references.length === 0) {
    const original = await findStatementRow(db, row.corrects_id);
    if (original) {
      if (msgType === 'Alert') msgType = row.correction_mode === 'retraction' ? 'Cancel' : 'Update';
      const sent = capDateTime(original.released_at ?? original.updated_at, zone);
      params.references.push(`${sender},${capIdentifier(original.id)},${sent}`);
    }
  }
  const { content } = output;
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const alert = doc.ele(capNamespace, 'alert');
  alert.ele('identifier').txt(capIdentifier(row.id));
  alert.ele('sender').txt(sender);
  alert.ele('sent').txt(capDateTime(row.released_at ?? input.now.toISOString(), zone));
  alert.ele('status').txt('Actual');
  alert.ele('msgType').txt(msgType);
  alert.ele('scope').txt('Public');
  if (msgType !== 'Alert' && params.references.length > 0) alert.ele('references').txt(params.references.join(' '));
  const info = alert.ele('info');
  info.ele('language').txt(content.language === 'en' ? 'en-US' : 'id-ID');
  info.ele('category').txt(params.category);
  info.ele('event').txt(params.event || content.title);
  info.ele('urgency').txt(params.urgency);
  info.ele('severity').txt(params.severity);
  info.ele('certainty').txt(params.certainty);
  info.ele('senderName').txt(office.agency_name);
  info.ele('headline').txt(content.title.slice(0, 160));
  info.ele('description').txt([content.summary, docToPlainText(content.body)].filter(Boolean).join('\n\n'));
  if (params.instruction) info.ele('instruction').txt(params.instruction);
  if (office.website) info.ele('web').txt(office.website);
  const contact = [office.unit_name, office.phone, office.email].filter(Boolean).join(', ');
  if (contact) info.ele('contact').txt(contact);
  if (output.number) {
    const parameter = info.ele('parameter');
    parameter.ele('valueName').txt('nomorSiaranPers');
    parameter.ele('value').txt(output.number);
  }
  if (params.areas.length > 0) {
    const area = info.ele('area');
    area.ele('areaDesc').txt(params.areas.map(regionLabel).join('; '));
    for (const code of params.areas) {
      const geocode = area.ele('geocode');
      geocode.ele('valueName').txt('KEMENDAGRI');
      geocode.ele('value').txt(code);
    }
  }
  return doc.end({ prettyPrint: true });
}

export async function capFile(db: Kysely<Database>, statementId: string, params: CapParams, now: Date) {
  const xml = await capAlertXml(db, { statementId, params, now });
  return {
    fileName: `cap-${statementId}.xml`,
    mimeType: 'application/xml',
    dataBase64: Buffer.from(xml, 'utf8').toString('base64'),
  };
}
