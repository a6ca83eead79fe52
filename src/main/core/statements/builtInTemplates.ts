import { v5 } from 'uuid';
import type { Language } from '../../../shared/ipc/preferences';
import type { StatementTemplate } from '../../../shared/ipc/statements';
import { builtInTemplates } from '../../../shared/statements/templates';
import { statementKinds, type StatementKind } from '../../../shared/statements/workflow';

// Fixed namespace: a built-in template's id is derived from its key, the same in every install.
const namespace = '5f0e6c3a-2d8b-4d47-9a51-7c1b2f9e0d11';

export function builtInTemplateId(key: string): string {
  return v5(key, namespace);
}

/** Built-ins as templates (before any office edits), keyed by id. */
export function builtInTemplateList(): (StatementTemplate & { key: string })[] {
  return (['id', 'en'] as Language[]).flatMap((language) =>
    statementKinds.map((kind: StatementKind) => {
      const template = builtInTemplates[language][kind];
      return {
        id: builtInTemplateId(template.key),
        key: template.key,
        kind,
        language,
        name: template.name,
        title: template.title,
        summary: template.summary,
        body: template.body,
        builtIn: true,
        updatedAt: '2026-11-28T00:00:00.000Z',
      };
    }),
  );
}
