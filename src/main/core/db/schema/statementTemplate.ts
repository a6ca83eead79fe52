import type { Language } from '../../../../shared/ipc/preferences';
import type { StatementKind } from '../../../../shared/statements/workflow';
import type { Selectable } from 'kysely';

/** A starting text per kind and language. Built-ins are seeded by key and can be edited by the office. */
export interface StatementTemplateTable {
  id: string;
  built_in_key: string | null;
  kind: StatementKind;
  language: Language;
  name: string;
  title: string;
  summary: string;
  body_json: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export type StatementTemplateRow = Selectable<StatementTemplateTable>;
