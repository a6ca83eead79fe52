import {
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  importFields,
  maxImportBytes,
  type DuplicateAction,
  type ImportField,
  type ImportPreview,
  type ImportReport,
  type RunImportInput,
} from '../../../../shared/ipc/contactImport';
import { lawfulBases, outletTypes } from '../../../../shared/contacts/vocabulary';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { downloadBlob } from '../../components/download';
import { notifyFailure } from '../../components/notifyFailure';
import { readBase64 } from '../../components/readFile';
import { errorMessage } from '../../i18n/errorMessage';
import { useOfficeToday } from '../../components/useOfficeTime';
import { vocabularyOptions } from '../../components/contactLabels';
import { ImportReportView } from './ImportReportView';
import { DayField } from '../../components/when/DayField';

type Defaults = RunImportInput['defaults'];
type Progress = { phase: 'reading' | 'checking' | 'writing'; done: number; total: number };

/**
 * The import wizard: choose a file → check the column mapping (remembered for next time) and the
 * personal-data defaults → a dry run lists failures and duplicates, each with merge / skip / create
 * → the import itself, with progress and cancel → the report, downloadable.
 */
export function ImportWizard() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [step, setStep] = useState(0);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<(ImportField | null)[]>([]);
  const today = useOfficeToday();
  const [defaults, setDefaults] = useState<Defaults>({
    lawfulBasis: 'public_task',
    dataSource: '',
    collectedOn: today,
    outletType: 'online',
  });
  const [duplicateAction, setDuplicateAction] = useState<DuplicateAction>('skip');
  const [rowActions, setRowActions] = useState<Record<string, DuplicateAction>>({});
  const [dryRun, setDryRun] = useState<ImportReport | null>(null);
  const [final, setFinal] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(
    () =>
      api.on('contacts.importProgress', (payload) => {
        if (payload.importId === preview?.importId) setProgress(payload);
      }),
    [api, preview?.importId],
  );

  const open = async (file: File | null) => {
    if (!file) return;
    setFailure(null);
    // Refused here too, so a 100 MB file is not read into memory and sent only to be refused.
    if (file.size > maxImportBytes) {
      setFailure(t('errors.reason.importTooLarge'));
      return;
    }
    setBusy(true);
    try {
      const opened = await callOrThrow(api, 'contacts.importOpen', {
        fileName: file.name,
        dataBase64: await readBase64(file),
      });
      setPreview(opened);
      setMapping(opened.mapping);
      setDefaults((current) => ({ ...current, dataSource: t('contacts.import.defaultSource', { file: file.name }) }));
      setStep(1);
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  const run = async (asDryRun: boolean) => {
    if (!preview) return;
    setBusy(true);
    setFailure(null);
    setProgress({ phase: 'checking', done: 0, total: preview.rowCount });
    try {
      const report = await callOrThrow(api, 'contacts.importRun', {
        importId: preview.importId,
        mapping,
        dryRun: asDryRun,
        duplicateAction,
        rowActions,
        defaults,
      });
      if (asDryRun) {
        setDryRun(report);
        setStep(2);
      } else {
        setFinal(report);
        setStep(3);
      }
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const cancel = () => {
    if (preview)
      void callOrThrow(api, 'contacts.importCancel', { importId: preview.importId }).catch((e: unknown) =>
        notifyFailure(t, e),
      );
  };

  const downloadReport = async () => {
    if (!preview) return;
    try {
      const file = await callOrThrow(api, 'contacts.importReport', {
        importId: preview.importId,
        language: i18n.language === 'en' ? 'en' : 'id',
      });
      downloadBlob(file.fileName, new Blob([file.csv], { type: 'text/csv' }));
    } catch (error) {
      notifyFailure(t, error);
    }
  };

  const fieldOptions = [
    { value: '', label: t('contacts.import.ignore') },
    ...importFields.map((field) => ({ value: field, label: t(`contacts.import.field.${field}`) })),
  ];
  const isTable = preview && preview.format !== 'vcard';

  return (
    <Stack>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('contacts.import.steps.file')}>
          <Paper withBorder p="lg">
            <Stack align="flex-start">
              <Text size="sm">{t('contacts.import.fileHelp')}</Text>
              <FileButton
                onChange={(file) => void open(file)}
                accept=".csv,.txt,.tsv,.xlsx,.vcf,.vcard,text/csv,text/vcard"
              >
                {(props) => (
                  <Button {...props} loading={busy}>
                    {t('contacts.import.chooseFile')}
                  </Button>
                )}
              </FileButton>
            </Stack>
          </Paper>
        </Stepper.Step>

        <Stepper.Step label={t('contacts.import.steps.mapping')}>
          {preview && (
            <Stack>
              <Text size="sm">
                {t('contacts.import.found', {
                  file: preview.fileName,
                  count: preview.rowCount,
                  format: preview.format.toUpperCase(),
                })}
                {preview.encoding && ` · ${preview.encoding}`}
                {preview.delimiter &&
                  ` · ${t('contacts.import.delimiter')}: ${preview.delimiter === '\t' ? 'Tab' : preview.delimiter}`}
              </Text>
              {isTable && (
                <Paper withBorder style={{ overflowX: 'auto' }}>
                  <Table aria-label={t('contacts.import.mappingTable')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('contacts.import.column')}</Table.Th>
                        <Table.Th>{t('contacts.import.field.label')}</Table.Th>
                        <Table.Th>{t('contacts.import.sample')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {preview.headers.map((header, index) => (
                        <Table.Tr key={index}>
                          <Table.Td>{header || t('contacts.import.unnamed', { number: index + 1 })}</Table.Td>
                          <Table.Td>
                            <Select
                              aria-label={t('contacts.import.fieldFor', { column: header || index + 1 })}
                              data={fieldOptions}
                              value={mapping[index] ?? ''}
                              onChange={(value) =>
                                setMapping(
                                  mapping.map((field, at) =>
                                    at === index ? ((value || null) as ImportField | null) : field,
                                  ),
                                )
                              }
                              allowDeselect={false}
                              size="xs"
                              w={220}
                            />
                          </Table.Td>
                          <Table.Td>
                            <Text size="xs" c="dimmed" lineClamp={2}>
                              {preview.sampleRows
                                .map((row) => row[index] ?? '')
                                .filter(Boolean)
                                .slice(0, 3)
                                .join(' · ')}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Paper>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
                <Select
                  label={t('contacts.form.lawfulBasis')}
                  data={vocabularyOptions(t, 'lawfulBasis', lawfulBases)}
                  value={defaults.lawfulBasis}
                  onChange={(value) =>
                    value && setDefaults({ ...defaults, lawfulBasis: value as Defaults['lawfulBasis'] })
                  }
                  allowDeselect={false}
                />
                <TextInput
                  label={t('contacts.form.dataSource')}
                  value={defaults.dataSource}
                  onChange={(e) => setDefaults({ ...defaults, dataSource: e.currentTarget.value })}
                  required
                />
                <DayField
                  label={t('contacts.form.collectedOn')}
                  value={defaults.collectedOn}
                  onChange={(collectedOn) => setDefaults({ ...defaults, collectedOn })}
                  required
                />
                <Select
                  label={t('contacts.import.newOutletType')}
                  data={vocabularyOptions(t, 'outletType', outletTypes)}
                  value={defaults.outletType}
                  onChange={(value) =>
                    value && setDefaults({ ...defaults, outletType: value as Defaults['outletType'] })
                  }
                  allowDeselect={false}
                />
              </SimpleGrid>
              <Group align="flex-end">
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t('contacts.import.duplicateDefault')}
                  </Text>
                  <SegmentedControl
                    aria-label={t('contacts.import.duplicateDefault')}
                    value={duplicateAction}
                    onChange={(value) => setDuplicateAction(value as DuplicateAction)}
                    data={(['skip', 'merge', 'create'] as const).map((value) => ({
                      value,
                      label: t(`contacts.import.action.${value}`),
                    }))}
                  />
                </Stack>
                <Button onClick={() => void run(true)} loading={busy}>
                  {t('contacts.import.check')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>

        <Stepper.Step label={t('contacts.import.steps.review')}>
          {dryRun && (
            <Stack>
              <ImportReportView
                report={dryRun}
                rowActions={rowActions}
                defaultAction={duplicateAction}
                onRowAction={(line, action) => setRowActions({ ...rowActions, [String(line)]: action })}
              />
              <Group>
                <Button variant="default" onClick={() => setStep(1)}>
                  {t('contacts.import.back')}
                </Button>
                <Button variant="default" onClick={() => void run(true)} loading={busy}>
                  {t('contacts.import.recheck')}
                </Button>
                <Button onClick={() => void run(false)} loading={busy}>
                  {t('contacts.import.run')}
                </Button>
                <Button variant="subtle" onClick={() => void downloadReport()}>
                  {t('contacts.import.downloadReport')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>

        <Stepper.Completed>
          {final && (
            <Stack>
              <Alert color={final.totals.failed ? 'yellow' : 'green'} title={t('contacts.import.doneTitle')}>
                {t('contacts.import.doneBody', final.totals)}
              </Alert>
              <ImportReportView report={final} />
              <Group>
                <Button onClick={() => void downloadReport()}>{t('contacts.import.downloadReport')}</Button>
                <Anchor component={Link} to="/contacts">
                  {t('contacts.import.toContacts')}
                </Anchor>
              </Group>
            </Stack>
          )}
        </Stepper.Completed>
      </Stepper>

      {progress && (
        <Paper withBorder p="md" role="status" aria-label={t('contacts.import.progressLabel')}>
          <Stack gap="xs">
            <Text size="sm">
              {t(`contacts.import.phase.${progress.phase}`, { done: progress.done, total: progress.total })}
            </Text>
            <Progress value={progress.total ? (100 * progress.done) / progress.total : 0} animated />
            {progress.phase !== 'writing' && (
              <Group>
                <Button size="xs" variant="default" color="red" onClick={cancel}>
                  {t('contacts.import.cancel')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}
      {failure && (
        <Alert color="red" title={t('errors.title')} role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
