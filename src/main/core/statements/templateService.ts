import type { WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { StatementTemplate } from '../../../shared/ipc/statements';
import type { Language } from '../../../shared/ipc/preferences';
import type { RichDoc } from '../../../shared/statements/richText';
import { bracketedPrompts, promptableText } from '../../../shared/statements/templates/placeholders';
import type { StatementKind } from '../../../shared/statements/workflow';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import type { StatementTemplateRow } from '../db/schema/statementTemplate';
import { notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { builtInTemplateList } from './builtInTemplates';

function toTemplate(row: StatementTemplateRow): StatementTemplate {
  return {
    id: row.id,
    kind: row.kind,
    language: row.language,
    name: row.name,
    title: row.title,
    summary: row.summary,
    body: JSON.parse(row.body_json) as RichDoc,
    builtIn: row.built_in_key !== null,
    updatedAt: row.updated_at,
  };
}

/**
 * The templates offered: the office's own, plus the built-ins it has not edited or removed. An
 * edit of a built-in is stored under the built-in's id, so it replaces it; removing archives it.
 */
export async function listTemplates(db: Kysely<Database>, kind?: StatementKind): Promise<StatementTemplate[]> {
  const rows = await db.selectFrom('statement_template').selectAll().execute();
  const stored = new Set(rows.map((row) => row.id));
  const all = [
    ...rows.filter((row) => row.archived_at === null).map(toTemplate),
    ...builtInTemplateList()
      .filter((template) => !stored.has(template.id))
      .map(({ key: _key, ...template }) => template),
  ];
  return all
    .filter((template) => !kind || template.kind === kind)
    .sort(
      (a, b) => a.language.localeCompare(b.language) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
    );
}

export async function findTemplate(db: Kysely<Database>, id: string): Promise<StatementTemplate | undefined> {
  return (await listTemplates(db)).find((template) => template.id === id);
}

/**
 * Every bracketed prompt any template offers or offered (archived and built-in ones included: a
 * statement keeps the prompts of the template it started from).
 */
export async function templatePrompts(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('statement_template').select(['title', 'summary', 'body_json']).execute();
  const stored = rows.flatMap((row) =>
    bracketedPrompts(promptableText({ ...row, body: JSON.parse(row.body_json) as RichDoc })),
  );
  return new Set([...builtInPrompts(), ...stored]);
}

/** The built-in templates' prompts never change while the app runs: found once. */
let builtIn: string[] | undefined;
function builtInPrompts(): string[] {
  builtIn ??= builtInTemplateList().flatMap((template) => bracketedPrompts(promptableText(template)));
  return builtIn;
}

export interface TemplateInput {
  id: string | null;
  kind: StatementKind;
  language: Language;
  name: string;
  title: string;
  summary: string;
  body: RichDoc;
}

/** Saves an office template (or the office's copy of a built-in one). */
export async function saveTemplate(w: WriteScope<SessionActor>, input: TemplateInput) {
  const { trx, at } = w;
  const values = {
    kind: input.kind,
    language: input.language,
    name: input.name,
    title: input.title,
    summary: input.summary,
    body_json: JSON.stringify(input.body),
    updated_at: at,
  };
  const id = input.id ?? newId();
  const existing = await trx.selectFrom('statement_template').select('id').where('id', '=', id).executeTakeFirst();
  if (existing) {
    await trx
      .updateTable('statement_template')
      .set({ ...values, archived_at: null })
      .where('id', '=', id)
      .execute();
  } else {
    const builtIn = input.id ? builtInTemplateList().find((template) => template.id === input.id) : undefined;
    if (input.id && !builtIn) throw notFound('template', input.id);
    await trx
      .insertInto('statement_template')
      .values({ id, built_in_key: builtIn?.key ?? null, ...values, created_at: at, archived_at: null })
      .execute();
  }
  await w.audit('template.saved', 'template', id, {
    kind: input.kind,
    language: input.language,
    name: input.name,
  });
  w.emit('statements.changed', { statementId: null });
  return id;
}

/** Archives an office template, or hides a built-in one (an archived copy stands for it). */
export async function archiveTemplate(w: WriteScope<SessionActor>, id: string) {
  const { trx, at } = w;
  const existing = await trx.selectFrom('statement_template').select('id').where('id', '=', id).executeTakeFirst();
  if (existing) {
    await trx.updateTable('statement_template').set({ archived_at: at }).where('id', '=', id).execute();
  } else {
    const builtIn = builtInTemplateList().find((template) => template.id === id);
    if (!builtIn) throw notFound('template', id);
    await trx
      .insertInto('statement_template')
      .values({
        id,
        built_in_key: builtIn.key,
        kind: builtIn.kind,
        language: builtIn.language,
        name: builtIn.name,
        title: builtIn.title,
        summary: builtIn.summary,
        body_json: JSON.stringify(builtIn.body),
        created_at: at,
        updated_at: at,
        archived_at: at,
      })
      .execute();
  }
  await w.audit('template.archived', 'template', id, {});
  w.emit('statements.changed', { statementId: null });
}
