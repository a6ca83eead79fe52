import { Modal, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactList } from '../../../../shared/ipc/contacts';
import { FormActions } from '../../components/FormActions';
import { notifyFailure } from '../../components/notifyFailure';
import { fieldErrors, onlyFieldErrors } from '../../i18n/fieldErrors';
import { ContactFilters, emptyContactFilter, type ContactFilterValue } from './ContactFilters';
import { useSaveList } from './useContactActions';

/**
 * Create or edit a list. A static list holds people chosen by hand; a segment is a saved filter
 * whose members are whoever matches now ("health beat in Jawa Barat").
 */
export function ListFormModal({
  opened,
  onClose,
  list,
  initialFilter,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  list?: ContactList | null;
  /** A new segment starts from the search on screen. */
  initialFilter?: ContactFilterValue;
  onSaved?: (list: ContactList) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveList();
  const [name, setName] = useState(list?.name ?? '');
  const [description, setDescription] = useState(list?.description ?? '');
  const [kind, setKind] = useState<'static' | 'segment'>(list?.kind ?? (initialFilter ? 'segment' : 'static'));
  const [filter, setFilter] = useState<ContactFilterValue>(
    (list?.filter as ContactFilterValue | null | undefined) ?? initialFilter ?? emptyContactFilter,
  );
  const errors = fieldErrors(t, save.error);
  const submit = () =>
    save.mutate(
      { id: list?.id ?? null, name, description, kind, filter: kind === 'segment' ? filter : null },
      {
        onSuccess: (saved) => {
          onSaved?.(saved);
          onClose();
        },
        onError: (error) => {
          if (!onlyFieldErrors(error)) notifyFailure(t, error);
        },
      },
    );
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={list ? t('contacts.lists.edit') : t('contacts.lists.new')}
      size="xl"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('contacts.lists.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
          />
          <Textarea
            label={t('contacts.lists.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
            autosize
            minRows={2}
          />
          {!list && (
            <SegmentedControl
              aria-label={t('contacts.lists.kind')}
              value={kind}
              onChange={(value) => setKind(value as 'static' | 'segment')}
              data={[
                { value: 'static', label: t('contacts.lists.kindName.static') },
                { value: 'segment', label: t('contacts.lists.kindName.segment') },
              ]}
            />
          )}
          {kind === 'segment' && <ContactFilters value={filter} onChange={setFilter} />}
          <FormActions onCancel={onClose} submitLabel={t('contacts.save')} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
