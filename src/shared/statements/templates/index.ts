import type { Language } from '../../ipc/preferences';
import type { StatementKind } from '../workflow';
import type { BuiltInTemplate } from './build';
import { englishTemplates } from './english';
import { indonesianTemplates } from './indonesian';

export type { BuiltInTemplate } from './build';

export const builtInTemplates: Record<Language, Record<StatementKind, BuiltInTemplate>> = {
  id: indonesianTemplates,
  en: englishTemplates,
};
