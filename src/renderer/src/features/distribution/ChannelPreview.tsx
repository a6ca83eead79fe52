import {
  Alert,
  Anchor,
  Badge,
  Button,
  CopyButton,
  Group,
  MultiSelect,
  Paper,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { capCategories, capCertainties, capSeverities, capUrgencies } from '../../../../shared/distribution/vocabulary';
import type { CapParams, DistributionPreview } from '../../../../shared/ipc/distribution';
import { channelLimits } from '../../../../shared/statements/workflow';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { downloadBase64 } from '../../components/download';
import { notifyFailure } from '../../components/notifyFailure';
import { regionOptions } from '../../components/contactLabels';

function Copy({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="xs" variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
          {copied ? t('distribution.preview.copied') : t('distribution.preview.copy')}
        </Button>
      )}
    </CopyButton>
  );
}

/** "123 / 280" in red when over the channel's limit. */
function Length({ text, limit }: { text: string; limit: number }) {
  const length = [...text].length;
  return (
    <Badge variant="light" color={length > limit ? 'red' : 'gray'}>
      {length} / {limit}
    </Badge>
  );
}

/** Each channel's form of the approved revision: e-mail text, WhatsApp, social posts, website package, CAP. */
export function ChannelPreview({ preview }: { preview: DistributionPreview }) {
  const { t } = useTranslation();
  const api = useApi();
  const [cap, setCap] = useState<Partial<CapParams>>({});
  const download = (work: Promise<{ fileName: string; mimeType: string; dataBase64: string }>) =>
    work.then(
      (file) => downloadBase64(file.fileName, file.mimeType, file.dataBase64),
      (error: unknown) => notifyFailure(t, error),
    );
  const capSelect = (key: 'category' | 'urgency' | 'severity' | 'certainty', values: readonly string[]) => (
    <Select
      label={t(`distribution.cap.${key}`)}
      data={values.map((value) => ({ value, label: t(`distribution.cap.values.${value}`) }))}
      value={cap[key] ?? (key === 'category' ? 'Other' : 'Unknown')}
      allowDeselect={false}
      onChange={(value) => value && setCap((current) => ({ ...current, [key]: value }))}
    />
  );

  return (
    <Tabs defaultValue="email" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="email">{t('distribution.channel.email')}</Tabs.Tab>
        <Tabs.Tab value="whatsapp">{t('distribution.channel.whatsapp')}</Tabs.Tab>
        <Tabs.Tab value="social">{t('distribution.channel.social')}</Tabs.Tab>
        <Tabs.Tab value="website">{t('distribution.channel.website')}</Tabs.Tab>
        <Tabs.Tab value="cap">{t('distribution.channel.cap')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="email" pt="sm">
        <Stack gap="xs">
          <Text size="sm">
            <b>{t('distribution.preview.subject')}:</b> {preview.email.subject}
          </Text>
          <ScrollArea.Autosize mah={260}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="email-preview">
              {preview.email.text}
            </Text>
          </ScrollArea.Autosize>
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="whatsapp" pt="sm">
        <Stack gap="xs">
          <Group justify="space-between">
            <Length text={preview.whatsapp} limit={channelLimits.whatsapp} />
            <Copy value={preview.whatsapp} />
          </Group>
          <ScrollArea.Autosize mah={180}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {preview.whatsapp}
            </Text>
          </ScrollArea.Autosize>
          <Text size="sm" fw={600}>
            {t('distribution.preview.waLinks', { count: preview.whatsappLinks.length })}
          </Text>
          <ScrollArea.Autosize mah={140}>
            <Stack gap={2}>
              {preview.whatsappLinks.map((link) => (
                <Anchor key={link.contactId} href={link.link} target="_blank" rel="noopener noreferrer" size="sm">
                  {link.name} · {link.number}
                </Anchor>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="social" pt="sm">
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('distribution.preview.xThread', { count: preview.xThread.length })}
          </Text>
          {preview.xThread.map((post, index) => (
            <Paper key={index} withBorder p="xs">
              <Group justify="space-between" mb={4}>
                <Length text={post} limit={channelLimits.x} />
                <Copy value={post} />
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {post}
              </Text>
            </Paper>
          ))}
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {t('distribution.preview.caption')}
            </Text>
            <Group gap="xs">
              <Length text={preview.caption} limit={channelLimits.instagram} />
              <Copy value={preview.caption} />
            </Group>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {preview.caption}
          </Text>
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="website" pt="sm">
        <Stack gap="xs">
          <Text size="sm">{t('distribution.preview.websiteHint')}</Text>
          <Group>
            <Button
              variant="default"
              onClick={() =>
                void download(callOrThrow(api, 'distribution.sitePackage', { statementId: preview.statementId }))
              }
            >
              {t('distribution.preview.downloadSite')}
            </Button>
          </Group>
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="cap" pt="sm">
        <Stack gap="xs">
          <Alert color="blue">{t('distribution.cap.hint')}</Alert>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            {capSelect('category', capCategories)}
            {capSelect('urgency', capUrgencies)}
            {capSelect('severity', capSeverities)}
            {capSelect('certainty', capCertainties)}
          </SimpleGrid>
          <TextInput
            label={t('distribution.cap.event')}
            value={cap.event ?? ''}
            onChange={(e) => setCap({ ...cap, event: e.currentTarget.value })}
          />
          <Textarea
            label={t('distribution.cap.instruction')}
            value={cap.instruction ?? ''}
            onChange={(e) => setCap({ ...cap, instruction: e.currentTarget.value })}
            autosize
            minRows={2}
          />
          <MultiSelect
            label={t('distribution.cap.areas')}
            data={regionOptions(t)}
            value={cap.areas ?? []}
            onChange={(areas) => setCap({ ...cap, areas })}
            searchable
          />
          <Group>
            <Button
              variant="default"
              onClick={() =>
                void download(callOrThrow(api, 'distribution.cap', { statementId: preview.statementId, cap }))
              }
            >
              {t('distribution.cap.download')}
            </Button>
          </Group>
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
