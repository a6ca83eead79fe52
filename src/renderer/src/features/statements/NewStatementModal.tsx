import { Button, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { languages, type Language } from '../../../../shared/ipc/preferences';
import { statementKinds, type StatementKind } from '../../../../shared/statements/workflow';
import { notifyFailure } from '../../components/notifyFailure';
import { useTemplates } from './useStatements';
import { useCreateStatement } from './useStatementActions';

/** Kind, language and template of a new statement; opens it in the editor once created. */
export function NewStatementModal({
  opened,
  onClose,
  initialKind = 'press_release',
  crisisId,
}: {
  opened: boolean;
  onClose: () => void;
  initialKind?: StatementKind;
  /** Written for this crisis: linked to it as soon as it exists. */
  crisisId?: string;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [kind, setKind] = useState<StatementKind>(initialKind);
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'id');
  const templates = useTemplates(kind);
  const choices = (templates.data ?? []).filter((template) => template.language === language);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const chosen = choices.find((template) => template.id === templateId) ? templateId : (choices[0]?.id ?? null);
  const create = useCreateStatement();

  const submit = async () => {
    try {
      const statement = await create.mutateAsync({ kind, language, templateId: chosen, crisisId: crisisId ?? null });
      onClose();
      void navigate(`/statements/${statement.id}`);
    } catch (error) {
      notifyFailure(t, error);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('statements.newTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Select
            label={t('statements.kindLabel')}
            data={statementKinds.map((value) => ({ value, label: t(`statements.kind.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as StatementKind)}
            allowDeselect={false}
          />
          <Select
            label={t('statements.languageLabel')}
            data={languages.map((value) => ({ value, label: t(`language.${value}`) }))}
            value={language}
            onChange={(value) => value && setLanguage(value as Language)}
            allowDeselect={false}
          />
          <Select
            label={t('statements.template')}
            data={choices.map((template) => ({ value: template.id, label: template.name }))}
            value={chosen}
            onChange={setTemplateId}
            placeholder={t('statements.noTemplate')}
            clearable
          />
          <Button type="submit" loading={create.isPending}>
            {t('statements.create')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
