import type { Transaction } from 'kysely';
import { regionLabel } from '../../../shared/contacts/regions';
import type { Language } from '../../../shared/ipc/preferences';
import type { StatementContent } from '../../../shared/ipc/statements';
import { normalizeRichText } from '../../../shared/statements/richText';
import { outputLabels } from '../../../shared/statements/outputs/outputLabels';
import {
  fillCrisisDoc,
  fillCrisisText,
  shortPlace,
  type CrisisFill,
} from '../../../shared/statements/templates/crisisPrompts';
import {
  fillDocPlaceholders,
  fillPlaceholders,
  type PlaceholderValues,
} from '../../../shared/statements/templates/placeholders';
import { kindsWithNextUpdate, type StatementKind } from '../../../shared/statements/workflow';
import { formatInstant } from '../../../shared/time/formatInstant';
import type { ZonedInstant } from '../../../shared/time/zonedInstant';
import { isActiveAccount } from '../accounts/accountRepository';
import type { SessionActor } from '../kernel/context';
import { listFigures } from '../crises/crisisRecords';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { builtInTemplateId } from './builtInTemplates';
import { findTemplate } from './templateService';

/** The crisis a statement is written for, as far as its first draft needs it. */
interface CrisisFacts {
  fill: CrisisFill;
  title: string;
  spokespersonId: string | null;
  /** Minutes after now the next update is promised: the golden hour's length (the office's last target). */
  updateMinutes: number;
}

const quarterHour = 15 * 60_000;

/** The promise of the next update: `minutes` from now, rounded up to the quarter hour. */
export function nextUpdateAfter(now: Date, minutes: number, zone: string): ZonedInstant {
  const at = Math.ceil((now.getTime() + minutes * 60_000) / quarterHour) * quarterHour;
  return { at: new Date(at).toISOString(), zone } as ZonedInstant;
}

async function crisisFacts(
  trx: Transaction<Database>,
  crisisId: string,
  language: Language,
  zone: string,
): Promise<CrisisFacts> {
  const crisis = await trx.selectFrom('crisis').selectAll().where('id', '=', crisisId).executeTakeFirst();
  if (!crisis) throw notFound('crisis', crisisId);
  const office = await trx.selectFrom('office').select('golden_hour_json').executeTakeFirstOrThrow();
  const targets = JSON.parse(office.golden_hour_json) as number[];
  const regions = (JSON.parse(crisis.regions_json) as string[]).map((code) => regionLabel(code).split(',')[0]!);
  const labels = outputLabels[language];
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID');
  const figures = (await listFigures(trx, crisisId))
    .filter((figure) => !figure.superseded)
    .map(
      (figure) =>
        `${figure.label}: ${number.format(figure.value)}${figure.unit ? ` ${figure.unit}` : ''} ` +
        `(${labels.figureSource}: ${figure.source}, ${labels.figureAsOf} ${formatInstant(figure.asOf, zone, language)})`,
    );
  const spokespersonId =
    crisis.lead_spokesperson_id && (await isActiveAccount(trx, crisis.lead_spokesperson_id, 'spokesperson'))
      ? crisis.lead_spokesperson_id
      : null;
  return {
    title: crisis.title,
    fill: {
      event: crisis.title,
      place: regions[0] ?? '',
      figures,
      areas: regions.length ? `${labels.affectedAreas}: ${regions.join('; ')}.` : '',
    },
    spokespersonId,
    updateMinutes: Math.max(30, targets.at(-1) ?? 60),
  };
}

/**
 * The first revision of a new statement: the chosen template (or the office's template for the
 * kind and language) with the placeholders the office profile can answer filled in. Written for a
 * crisis, the crisis answers what it knows too: its name and place in the title and text, the
 * latest official figures, the lead spokesperson, and the next update an hour on (for the kinds
 * that promise one). The dateline is the office's city, else the crisis's place. What nobody
 * could know stays visible; submitting refuses while any is left.
 */
export async function startingContent(
  trx: Transaction<Database>,
  input: { kind: StatementKind; language: Language; templateId: string | null; crisisId?: string | null },
  actor: SessionActor,
  now: Date,
): Promise<StatementContent> {
  const templateId = input.templateId ?? builtInTemplateId(`${input.language}.${input.kind}`);
  const template = await findTemplate(trx, templateId);
  if (input.templateId && !template) throw notFound('template', input.templateId);
  const office = await trx.selectFrom('office').selectAll().executeTakeFirstOrThrow();
  const crisis = input.crisisId ? await crisisFacts(trx, input.crisisId, input.language, office.time_zone) : null;
  const nextUpdateAt =
    crisis && kindsWithNextUpdate.includes(input.kind)
      ? nextUpdateAfter(now, crisis.updateMinutes, office.time_zone)
      : null;
  const values: PlaceholderValues = {
    office: office.agency_name,
    unit: office.unit_name,
    date: formatInstant(now.toISOString(), office.time_zone, input.language).split(',')[0],
    website: office.website,
    phone: office.phone,
    email: office.email,
    ...(crisis ? { crisis: crisis.title } : {}),
    ...(nextUpdateAt ? { next_update: formatInstant(nextUpdateAt.at, nextUpdateAt.zone, input.language) } : {}),
  };
  const text = (raw: string) => {
    const filled = fillPlaceholders(raw, values);
    return crisis ? fillCrisisText(filled, crisis.fill) : filled;
  };
  const kindTitle = outputLabels[input.language].kinds[input.kind];
  const body = template ? fillDocPlaceholders(template.body, values) : { type: 'doc' as const, content: [] };
  return {
    kind: input.kind,
    language: input.language,
    title: (template ? text(template.title) : '') || kindTitle,
    summary: template ? text(template.summary) : '',
    body: normalizeRichText(crisis ? fillCrisisDoc(body, crisis.fill) : body),
    datelinePlace: office.city || (crisis?.fill.place ? shortPlace(crisis.fill.place) : ''),
    spokespersonId: crisis?.spokespersonId ?? null,
    // Whoever drafts is the first person journalists can call about it; changeable.
    mediaContactId: actor.accountId,
    tags: [],
    embargoUntil: null,
    nextUpdateAt,
    attachments: [],
  };
}
