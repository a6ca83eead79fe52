import type { Transaction } from 'kysely';
import type { Language } from '../../../shared/ipc/preferences';
import type { StatementContent } from '../../../shared/ipc/statements';
import { normalizeRichText } from '../../../shared/statements/richText';
import { outputLabels } from '../../../shared/statements/outputs/outputLabels';
import {
  fillDocPlaceholders,
  fillPlaceholders,
  type PlaceholderValues,
} from '../../../shared/statements/templates/placeholders';
import type { StatementKind } from '../../../shared/statements/workflow';
import { formatInstant } from '../../../shared/time/formatInstant';
import type { SessionActor } from '../context';
import type { Database } from '../db/schema';
import { notFound } from '../errors';
import { builtInTemplateId } from './builtInTemplates';
import { findTemplate } from './templateService';

/**
 * The first revision of a new statement: the chosen template (or the office's template for the
 * kind and language) with the placeholders the office profile can answer filled in. The rest
 * ({spokesperson}, {next_update}, ...) stay visible; submitting refuses while any is left.
 */
export async function startingContent(
  trx: Transaction<Database>,
  input: { kind: StatementKind; language: Language; templateId: string | null },
  actor: SessionActor,
  now: Date,
): Promise<StatementContent> {
  const templateId = input.templateId ?? builtInTemplateId(`${input.language}.${input.kind}`);
  const template = await findTemplate(trx, templateId);
  if (input.templateId && !template) throw notFound('template', input.templateId);
  const office = await trx.selectFrom('office').selectAll().executeTakeFirstOrThrow();
  const values: PlaceholderValues = {
    office: office.agency_name,
    unit: office.unit_name,
    date: formatInstant(now.toISOString(), office.time_zone, input.language).split(',')[0],
    website: office.website,
    phone: office.phone,
    email: office.email,
  };
  const kindTitle = outputLabels[input.language].kinds[input.kind];
  return {
    kind: input.kind,
    language: input.language,
    title: (template ? fillPlaceholders(template.title, values) : '') || kindTitle,
    summary: template ? fillPlaceholders(template.summary, values) : '',
    body: normalizeRichText(template ? fillDocPlaceholders(template.body, values) : { type: 'doc', content: [] }),
    datelinePlace: '',
    spokespersonId: null,
    // Whoever drafts is the first person journalists can call about it; changeable.
    mediaContactId: actor.accountId,
    tags: [],
    embargoUntil: null,
    nextUpdateAt: null,
    attachments: [],
  };
}
