import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { useContactLists } from './useContacts';

/** Lists and segments to send to, each with its kind and how many people it holds now. */
export function ListPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const lists = useContactLists();
  return (
    <QueryState query={lists}>
      {(items) => (
        <MultiSelect
          label={label}
          data={items.map((list) => ({
            value: list.id,
            label: `${list.name} (${t(`contacts.lists.kindName.${list.kind}`)}, ${list.count})`,
          }))}
          value={value}
          onChange={onChange}
          searchable
        />
      )}
    </QueryState>
  );
}
