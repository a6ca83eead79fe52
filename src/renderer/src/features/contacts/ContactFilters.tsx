import { MultiSelect, Select, SimpleGrid, Switch, TagsInput, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { beats, outletTypes, type Beat, type OutletType } from '../../../../shared/contacts/vocabulary';
import { contactLanguages, regionOptions, vocabularyOptions } from '../../components/contactLabels';

/** The filter fields a search and a segment share (a segment saves them). */
export interface ContactFilterValue {
  query: string;
  outletTypes: OutletType[];
  beats: Beat[];
  regions: string[];
  tags: string[];
  languages: string[];
  accreditation: 'any' | 'valid' | 'expired' | 'none';
  includeInactive: boolean;
}

export const emptyContactFilter: ContactFilterValue = {
  query: '',
  outletTypes: [],
  beats: [],
  regions: [],
  tags: [],
  languages: [],
  accreditation: 'any',
  includeInactive: false,
};

/** Filter fields; `withSearch` false hides the text search (a segment builder may still use it). */
export function ContactFilters({
  value,
  onChange,
  withSearch = true,
}: {
  value: ContactFilterValue;
  onChange: (value: ContactFilterValue) => void;
  withSearch?: boolean;
}) {
  const { t, i18n } = useTranslation();
  // 552 regions: built once per language, not on every keystroke in the search box.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the options change with the language only
  const regions = useMemo(() => regionOptions(t), [i18n.language]);
  const set = <K extends keyof ContactFilterValue>(key: K, next: ContactFilterValue[K]) =>
    onChange({ ...value, [key]: next });
  const any = (values: unknown[]) => (values.length ? undefined : t('contacts.filters.any'));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      {withSearch && (
        <TextInput
          label={t('contacts.filters.search')}
          placeholder={t('contacts.filters.searchPlaceholder')}
          type="search"
          value={value.query}
          onChange={(event) => set('query', event.currentTarget.value)}
        />
      )}
      <MultiSelect
        label={t('contacts.filters.beats')}
        placeholder={any(value.beats)}
        data={vocabularyOptions(t, 'beat', beats)}
        value={value.beats}
        onChange={(next) => set('beats', next as Beat[])}
        searchable
        clearable
      />
      <MultiSelect
        label={t('contacts.filters.regions')}
        placeholder={any(value.regions)}
        data={regions}
        value={value.regions}
        onChange={(next) => set('regions', next)}
        searchable
        clearable
        limit={60}
      />
      <MultiSelect
        label={t('contacts.filters.outletTypes')}
        placeholder={any(value.outletTypes)}
        data={vocabularyOptions(t, 'outletType', outletTypes)}
        value={value.outletTypes}
        onChange={(next) => set('outletTypes', next as OutletType[])}
        clearable
      />
      <TagsInput
        label={t('contacts.filters.tags')}
        placeholder={any(value.tags)}
        value={value.tags}
        onChange={(next) => set('tags', next.map((tag) => tag.trim().toLowerCase()).filter(Boolean))}
        clearable
      />
      <MultiSelect
        label={t('contacts.filters.languages')}
        placeholder={any(value.languages)}
        data={contactLanguages.map((code) => ({ value: code, label: t(`contacts.languageName.${code}`) }))}
        value={value.languages}
        onChange={(next) => set('languages', next)}
        clearable
      />
      <Select
        label={t('contacts.filters.accreditation')}
        data={(['any', 'valid', 'expired', 'none'] as const).map((code) => ({
          value: code,
          label: t(`contacts.accreditationFilter.${code}`),
        }))}
        value={value.accreditation}
        onChange={(next) => next && set('accreditation', next as ContactFilterValue['accreditation'])}
        allowDeselect={false}
      />
      <Switch
        label={t('contacts.filters.includeInactive')}
        checked={value.includeInactive}
        onChange={(event) => set('includeInactive', event.currentTarget.checked)}
        mt="xl"
      />
    </SimpleGrid>
  );
}
