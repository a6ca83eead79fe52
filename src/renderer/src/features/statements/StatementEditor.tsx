import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../shared/ipc/office';
import type { Statement, StatementContent } from '../../../../shared/ipc/statements';
import { normalizeRichText } from '../../../../shared/statements/richText';
import { kindsWithNextUpdate } from '../../../../shared/statements/workflow';
import { ApiError } from '../../api/apiError';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { RichTextField, type TextReplacer } from '../../components/richText/RichTextField';
import { QuotedFigures } from './QuotedFigures';
import { StaleFigures } from './StaleFigures';
import { waitingFor } from './statementLabels';
import { errorMessage } from '../../i18n/errorMessage';
import { fieldErrors } from '../../i18n/fieldErrors';
import { useFormatInstant } from '../../components/useOfficeTime';
import { AttachmentsField } from './AttachmentsField';
import { useLengthFigures } from './useLengthFigures';
import { usePeople } from './useStatements';
import { ZonedTimeField } from '../../components/ZonedTimeField';
import { ReleaseArming } from './ReleaseArming';
import { useMe } from '../../components/useSession';
import { SignedInNow } from '../presence/public';

const autosaveDelayMs = 1500;

const comparable = (content: StatementContent) => JSON.stringify({ ...content, body: normalizeRichText(content.body) });
const heartbeatMs = 30_000;

interface Conflict {
  changedBy: string;
  changedAt: string;
  revisionNo: number;
}

/**
 * Editing one statement. Typing is autosaved to the core (a working copy, not a revision) a moment
 * after it stops, so a crash or a closed window loses at most that moment; "Simpan revisi" makes a
 * revision from the revision it started on, and a stale save is shown as a conflict, never forced.
 */
export function StatementEditor({
  statement,
  office,
  onSaved,
  onReload,
  onDirtyChange,
  onSubmitRefused,
}: {
  statement: Statement;
  office: Office;
  onSaved: (statement: Statement) => void;
  /** "Simpan & ajukan" saved but the submission was refused: the page shows why (this editor is replaced). */
  onSubmitRefused: (error: unknown) => void;
  onReload: () => void;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormatInstant();
  const people = usePeople();
  const me = useMe().data;
  // The revision this editing session started from, and the content being typed.
  const [base] = useState(() => ({
    revisionId: statement.currentRevisionId,
    content: statement.content,
  }));
  const [restored, setRestored] = useState<'ask' | 'done'>(statement.workingCopy ? 'ask' : 'done');
  const [content, setContent] = useState<StatementContent>(base.content);
  const [editorKey, setEditorKey] = useState(0);
  const inserter = useRef<((text: string) => void) | null>(null);
  const replacer = useRef<TextReplacer | null>(null);
  const [autosavedAt, setAutosavedAt] = useState<string | null>(null);
  const [autosaveError, setAutosaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [lockHolder, setLockHolder] = useState<{ name: string; since: string } | null>(null);
  // Compared as the core will store them: the editor adds attributes of its own (and emits an
  // update when it starts) that are not changes.
  const dirty = comparable(content) !== comparable(base.content);
  const editable = lockHolder === null;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const figures = useLengthFigures(content, {
    ...office,
    logo: null,
  });

  // The soft lock: taken on opening, kept alive while open, released on leaving.
  const requestLock = useCallback(
    (takeover: boolean) =>
      callOrThrow(api, 'statements.lock', { id: statement.id, takeover }).then(
        () => null,
        (error: unknown) =>
          error instanceof ApiError && error.details?.reason === 'lockedBy'
            ? { name: String(error.details.holder), since: String(error.details.since) }
            : null,
      ),
    [api, statement.id],
  );
  const takeOver = () => void requestLock(true).then(setLockHolder);
  useEffect(() => {
    let open = true;
    const refresh = () => requestLock(false).then((holder) => open && setLockHolder(holder));
    void refresh();
    const timer = setInterval(() => void refresh(), heartbeatMs);
    return () => {
      open = false;
      clearInterval(timer);
      void callOrThrow(api, 'statements.unlock', { id: statement.id }).catch(() => undefined);
    };
  }, [api, requestLock, statement.id]);

  // Autosave a moment after typing stops.
  useEffect(() => {
    if (!dirty || restored === 'ask') return;
    const timer = setTimeout(() => {
      callOrThrow(api, 'statements.autosave', {
        id: statement.id,
        baseRevisionId: base.revisionId,
        content,
      }).then(
        (result) => {
          setAutosavedAt(result.savedAt);
          setAutosaveError(null);
        },
        (error: unknown) => setAutosaveError(errorMessage(t, error)),
      );
    }, autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [api, base.revisionId, content, dirty, restored, statement.id, t]);

  const change = <K extends keyof StatementContent>(key: K, value: StatementContent[K]) =>
    setContent((current) => ({ ...current, [key]: value }));

  /**
   * Saves the revision, and with `andSubmit` submits it for review in the same step ("Simpan &
   * ajukan"). A refused submission leaves the saved revision as it is: nothing typed is lost.
   */
  const save = async (andSubmit = false) => {
    if (saving || !editable) return;
    setSaving(true);
    try {
      const saved = await callOrThrow(api, 'statements.save', {
        id: statement.id,
        baseRevisionId: base.revisionId,
        content,
      });
      setErrors({});
      if (andSubmit) {
        try {
          const submitted = await callOrThrow(api, 'statements.submit', {
            id: saved.id,
            revisionId: saved.currentRevisionId,
          });
          notifications.show({
            message: waitingFor(t, submitted)
              ? t('statements.editor.savedAndSubmittedTo', { names: waitingFor(t, submitted) })
              : t('statements.editor.savedAndSubmitted'),
            color: 'teal',
          });
          onSaved(submitted);
        } catch (error) {
          onSaved(saved);
          onSubmitRefused(error);
        }
        return;
      }
      notifications.show({
        message:
          saved.revisionNo === statement.revisionNo
            ? t('statements.editor.unchanged')
            : t('statements.editor.saved', { no: saved.revisionNo }),
        color: 'teal',
      });
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.details?.reason === 'staleRevision') {
        setConflict({
          changedBy: String(error.details.changedBy),
          changedAt: String(error.details.changedAt),
          revisionNo: Number(error.details.revisionNo),
        });
      } else {
        setErrors(fieldErrors(t, error, 'content'));
        notifications.show({ title: t('errors.title'), message: errorMessage(t, error), color: 'red' });
      }
    } finally {
      setSaving(false);
    }
  };
  // Saving new text voids every approval standing on the old one: said before, not discovered after.
  const standingApprovals = statement.chain.filter((step) => step.decision?.outcome === 'approved').length;
  const voidsApprovals = statement.status === 'approved' || standingApprovals > 0;
  const [confirmVoid, setConfirmVoid] = useState<false | 'save' | 'submit'>(false);
  const requestSave = (andSubmit = false) => {
    if (voidsApprovals && dirty) setConfirmVoid(andSubmit ? 'submit' : 'save');
    else void save(andSubmit);
  };
  // Submitting is offered where the statement may be submitted once saved: everything editable
  // but a statement already in review with nothing changed.
  const maySubmit = statement.can.submit || (dirty && statement.status !== 'approved');
  useHotkeys([['mod+S', () => requestSave()]], []);

  const restore = (choice: 'restore' | 'discard') => {
    if (choice === 'restore' && statement.workingCopy) {
      setContent(statement.workingCopy.content);
      setEditorKey((key) => key + 1);
    } else {
      void callOrThrow(api, 'statements.discardWorkingCopy', { id: statement.id }).catch(() => undefined);
    }
    setRestored('done');
  };

  const spokespeople = (people.data ?? []).filter((person) => person.roles.includes('spokesperson'));
  const hint = figures.hint;

  return (
    <Stack>
      {restored === 'ask' && statement.workingCopy && (
        <Alert color="yellow" title={t('statements.editor.restoreTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('statements.editor.restoreBody', { time: format(statement.workingCopy.savedAt) })}</Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => restore('restore')}>
                {t('statements.editor.restore')}
              </Button>
              <Button size="xs" variant="default" onClick={() => restore('discard')}>
                {t('statements.editor.discard')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {lockHolder && (
        <Alert
          color="orange"
          title={t('statements.editor.lockedBy', { name: lockHolder.name, time: format(lockHolder.since) })}
        >
          <Button size="xs" color="orange" onClick={takeOver}>
            {t('statements.editor.takeOver')}
          </Button>
        </Alert>
      )}
      {conflict && (
        <Alert color="red" title={t('statements.editor.conflictTitle')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('statements.editor.conflictBody', {
                name: conflict.changedBy,
                no: conflict.revisionNo,
                time: format(conflict.changedAt),
              })}
            </Text>
            <Button size="xs" color="red" variant="light" onClick={onReload}>
              {t('statements.editor.loadLatest')}
            </Button>
          </Stack>
        </Alert>
      )}
      <StaleFigures
        statementId={statement.id}
        content={content}
        editable={editable}
        replacerRef={replacer}
        inserterRef={inserter}
        onTextChange={change}
      />
      <TextInput
        label={t('statements.fields.title')}
        value={content.title}
        onChange={(event) => change('title', event.currentTarget.value)}
        error={errors['title']}
        readOnly={!editable}
        required
      />
      <Textarea
        label={t('statements.fields.summary')}
        value={content.summary}
        onChange={(event) => change('summary', event.currentTarget.value)}
        error={errors['summary']}
        readOnly={!editable}
        autosize
        minRows={2}
      />
      <RichTextField
        key={editorKey}
        label={t('statements.fields.body')}
        value={content.body}
        onChange={(body) => change('body', body)}
        editable={editable}
        error={errors['body']}
        inserterRef={inserter}
        replacerRef={replacer}
      />
      <QuotedFigures
        statementId={statement.id}
        language={content.language}
        editable={editable}
        inserterRef={inserter}
      />
      <Group gap="lg">
        <Text size="xs" c="dimmed">
          {t('statements.editor.words', { count: figures.words })} ·{' '}
          {t('statements.editor.characters', { count: figures.characters })}
        </Text>
        <Text size="xs" c={figures.words < hint.min || figures.words > hint.max ? 'orange' : 'dimmed'}>
          {t('statements.editor.hint', { kind: t(`statements.kind.${content.kind}`), min: hint.min, max: hint.max })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('statements.editor.xPosts', { count: figures.xPosts })} ·{' '}
          {t('statements.editor.whatsapp', { count: figures.whatsappCharacters })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('statements.fields.datelinePlace')}
          value={content.datelinePlace}
          onChange={(event) => change('datelinePlace', event.currentTarget.value)}
          error={errors['datelinePlace']}
          readOnly={!editable}
        />
        <TagsInput
          label={t('statements.fields.tags')}
          value={content.tags}
          onChange={(tags) => change('tags', tags)}
          error={errors['tags']}
          readOnly={!editable}
        />
        <Select
          label={t('statements.fields.spokesperson')}
          data={spokespeople.map((person) => ({ value: person.id, label: person.fullName }))}
          value={content.spokespersonId}
          onChange={(value) => change('spokespersonId', value)}
          error={errors['spokespersonId']}
          readOnly={!editable}
          clearable
        />
        <Select
          label={t('statements.fields.mediaContact')}
          data={(people.data ?? []).map((person) => ({ value: person.id, label: person.fullName }))}
          value={content.mediaContactId}
          onChange={(value) => change('mediaContactId', value)}
          error={errors['mediaContactId']}
          readOnly={!editable}
          clearable
          searchable
        />
        <ZonedTimeField
          label={t('statements.fields.embargo')}
          value={content.embargoUntil}
          defaultZone={office.timeZone}
          onChange={(value) => change('embargoUntil', value)}
          disabled={!editable}
        />
        {(kindsWithNextUpdate.includes(content.kind) || content.nextUpdateAt) && (
          <ZonedTimeField
            label={t('statements.fields.nextUpdate')}
            value={content.nextUpdateAt}
            defaultZone={office.timeZone}
            onChange={(value) => change('nextUpdateAt', value)}
            disabled={!editable}
          />
        )}
      </SimpleGrid>
      <ReleaseArming statement={statement} />
      <AttachmentsField
        statementId={statement.id}
        value={content.attachments}
        onChange={(value) => change('attachments', value)}
        editable={editable}
      />
      <Paper withBorder p="sm" style={{ position: 'sticky', bottom: 36, zIndex: 2 }}>
        <Group justify="space-between">
          <Stack gap={2}>
            <Text size="sm" c={autosaveError ? 'red' : 'dimmed'} role="status">
              {autosaveError
                ? t('statements.editor.autosaveFailed', { reason: autosaveError })
                : dirty
                  ? autosavedAt
                    ? t('statements.editor.autosaved', { time: format(autosavedAt) })
                    : t('statements.editor.unsaved')
                  : t('statements.editor.editingHere')}
            </Text>
            <SignedInNow exceptAccountId={me?.id} />
          </Stack>
          <Group gap="xs">
            <Button
              variant={maySubmit ? 'default' : 'filled'}
              onClick={() => requestSave()}
              loading={saving}
              disabled={!editable || conflict !== null}
            >
              {t('statements.editor.save')}
            </Button>
            {maySubmit && (
              <Button onClick={() => requestSave(true)} loading={saving} disabled={!editable || conflict !== null}>
                {t('statements.editor.saveAndSubmit')}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>
      <Modal
        opened={confirmVoid !== false}
        onClose={() => setConfirmVoid(false)}
        title={t('statements.editor.voidTitle')}
        size="lg"
      >
        <Stack>
          <Text size="sm">
            {statement.number
              ? t('statements.editor.voidBodyNumbered', { count: standingApprovals, number: statement.number })
              : t('statements.editor.voidBody', { count: standingApprovals })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmVoid(false)}>
              {t('statements.editor.voidCancel')}
            </Button>
            <Button
              color="orange"
              onClick={() => {
                const andSubmit = confirmVoid === 'submit';
                setConfirmVoid(false);
                void save(andSubmit);
              }}
            >
              {t('statements.editor.voidConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
