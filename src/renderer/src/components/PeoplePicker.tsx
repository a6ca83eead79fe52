import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../api/channelQueries';

/** People picked one by one (active, not do-not-contact): search by name, outlet or address. */
export function PeoplePicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [known, setKnown] = useState<Record<string, string>>({});
  const found = useChannelQuery('contacts.list', { query, limit: 20, sort: query ? 'relevance' : 'name_asc' });
  const options = useMemo(() => {
    const items = new Map(Object.entries(known));
    for (const contact of found.data?.items ?? []) {
      if (!contact.doNotContact && contact.active)
        items.set(contact.id, `${contact.fullName}${contact.email ? ` <${contact.email}>` : ''}`);
    }
    return [...items].map(([id, label]) => ({ value: id, label }));
  }, [found.data, known]);
  return (
    <MultiSelect
      label={label}
      data={options}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(ids) => {
        setKnown(
          Object.fromEntries(options.filter((option) => ids.includes(option.value)).map((o) => [o.value, o.label])),
        );
        onChange(ids);
      }}
      nothingFoundMessage={t('distribution.dialog.nobodyFound')}
    />
  );
}
