import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/ipc/preferences';
import type { StatementTemplate } from '../../../../shared/ipc/statements';
import { rolesAllow } from '../../../../shared/permissions';
import { templatePlaceholders } from '../../../../shared/statements/templates/placeholders';
import { statementKinds, type StatementKind } from '../../../../shared/statements/workflow';
import { FormActions } from '../../components/FormActions';
import { notifyFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RichTextField } from '../../components/richText/RichTextField';
import { fieldErrors } from '../../i18n/fieldErrors';
import { useMe } from '../../components/useSession';
import { useTemplates } from './useStatements';
import { ApprovalChainsPanel } from './ApprovalChainsPanel';
import { useArchiveTemplate, useSaveTemplate } from './useStatementActions';

type Editing = Omit<StatementTemplate, 'builtIn' | 'updatedAt' | 'id'> & { id: string | null };

/** The fields a template is saved with (the list's extra fields are not input). */
const editable = ({ id, kind, language, name, title, summary, body }: StatementTemplate): Editing => ({
  id,
  kind,
  language,
  name,
  title,
  summary,
  body,
});

/** The office's templates per kind and language, and (for admins) the approval chain. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const templates = useTemplates();
  const [editing, setEditing] = useState<Editing | null>(null);
  const remove = useArchiveTemplate();
  const isAdmin = rolesAllow(me.data?.roles ?? [], 'office.manage');

  return (
    <Stack>
      <PageHeader
        title={t('templates.title')}
        description={t('templates.description')}
        actions={
          <Button
            onClick={() =>
              setEditing({
                id: null,
                kind: 'press_release',
                language: 'id',
                name: '',
                title: '',
                summary: '',
                body: { type: 'doc', content: [] },
              })
            }
          >
            {t('templates.new')}
          </Button>
        }
      />
      {isAdmin && <ApprovalChainsPanel />}
      <Paper withBorder>
        <QueryState query={templates}>
          {(list) => (
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('templates.name')}</Table.Th>
                  <Table.Th>{t('statements.kindLabel')}</Table.Th>
                  <Table.Th>{t('statements.languageLabel')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((template) => (
                  <Table.Tr key={template.id}>
                    <Table.Td>
                      {template.name}{' '}
                      {template.builtIn && (
                        <Badge size="xs" variant="light">
                          {t('templates.builtIn')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`statements.kind.${template.kind}`)}</Table.Td>
                    <Table.Td>{t(`language.${template.language}`)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end">
                        <Button size="xs" variant="default" onClick={() => setEditing(editable(template))}>
                          {t('templates.edit')}
                        </Button>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('templates.delete', { name: template.name })}
                          onClick={() =>
                            void remove.mutateAsync({ id: template.id }).then(
                              () => notifications.show({ message: t('templates.deleted'), color: 'teal' }),
                              (error: unknown) => notifyFailure(t, error),
                            )
                          }
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryState>
      </Paper>
      {editing && <TemplateModal template={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function TemplateModal({ template, onClose }: { template: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(template);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveTemplate();
  const submit = () =>
    save.mutateAsync(value).then(
      () => {
        notifications.show({ message: t('templates.saved'), color: 'teal' });
        onClose();
      },
      (error: unknown) => {
        setErrors(fieldErrors(t, error));
        notifyFailure(t, error);
      },
    );
  return (
    <Modal opened onClose={onClose} title={value.id ? t('templates.edit') : t('templates.new')} size="xl">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('templates.name')}
            value={value.name}
            onChange={(e) => setValue({ ...value, name: e.currentTarget.value })}
            error={errors['name']}
            required
          />
          <Group grow>
            <Select
              label={t('statements.kindLabel')}
              data={statementKinds.map((kind) => ({ value: kind, label: t(`statements.kind.${kind}`) }))}
              value={value.kind}
              onChange={(kind) => kind && setValue({ ...value, kind: kind as StatementKind })}
              allowDeselect={false}
            />
            <Select
              label={t('statements.languageLabel')}
              data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
              value={value.language}
              onChange={(language) => language && setValue({ ...value, language: language as Language })}
              allowDeselect={false}
            />
          </Group>
          <Text size="xs" c="dimmed">
            {t('templates.placeholders', { list: templatePlaceholders.map((name) => `{${name}}`).join(' ') })}
          </Text>
          <TextInput
            label={t('statements.fields.title')}
            value={value.title}
            onChange={(e) => setValue({ ...value, title: e.currentTarget.value })}
            error={errors['title']}
          />
          <Textarea
            label={t('statements.fields.summary')}
            value={value.summary}
            onChange={(e) => setValue({ ...value, summary: e.currentTarget.value })}
            autosize
          />
          <RichTextField
            label={t('statements.fields.body')}
            value={value.body}
            onChange={(body) => setValue({ ...value, body })}
            editable
            error={errors['body']}
          />
          <FormActions onCancel={onClose} submitLabel={t('templates.save')} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
