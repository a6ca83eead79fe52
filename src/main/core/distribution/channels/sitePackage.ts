import type { Kysely } from 'kysely';
import { zipSync } from 'fflate';
import { escapeHtml } from '../../../../shared/statements/outputs/htmlOutput';
import { docToPlainText } from '../../../../shared/statements/plainText';
import type { Database } from '../../db/schema';
import { CoreError, notFound } from '../../kernel/errors';
import { exportFileName, outputInput, renderOutput } from '../../statements/exportService';
import { findStatementRow } from '../../statements/statementRepository';
import { rssFeed, type FeedItem } from './rssFeed';

/** How many released statements the feed and the index list. */
const feedLength = 20;

/** A file name inside the package: no folders, nothing a web server would treat specially. */
export function safeName(name: string): string {
  const clean = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 120);
  return clean || 'file';
}

function pageUrl(website: string, file: string): string {
  if (!website) return file;
  return `${website.replace(/\/+$/, '')}/${encodeURIComponent(file)}`;
}

function indexHtml(
  agency: string,
  lead: { title: string; file: string },
  items: (FeedItem & { file: string })[],
): string {
  const rows = items
    .map(
      (item) =>
        `<li><a href="${escapeHtml(item.file)}">${escapeHtml(item.title)}</a> <time datetime="${item.publishedAt}">${item.publishedAt.slice(0, 10)}</time></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(agency)}</title>
<link rel="alternate" type="application/rss+xml" href="feed.xml" title="${escapeHtml(agency)}"></head>
<body><h1>${escapeHtml(agency)}</h1>
<p><a href="${escapeHtml(lead.file)}">${escapeHtml(lead.title)}</a> · <a href="statement.json">JSON</a> · <a href="feed.xml">RSS</a></p>
<ul>
${rows}
</ul></body></html>
`;
}

/**
 * The website package: everything the office portal needs for this release, as files —
 * index.html, the statement as HTML and JSON, an RSS 2.0 feed of released statements (with this
 * one), the pages of the statements the feed lists, and this statement's attachments.
 */
export async function sitePackage(db: Kysely<Database>, statementId: string, now: Date): Promise<Map<string, Buffer>> {
  const row = await findStatementRow(db, statementId);
  if (!row) throw notFound('statement', statementId);
  if (!['approved', 'released'].includes(row.status)) {
    throw new CoreError('CONFLICT', 'Only an approved statement can be published', { reason: 'notApproved' });
  }
  const office = await db.selectFrom('office').selectAll().executeTakeFirstOrThrow();
  const files = new Map<string, Buffer>();
  const input = await outputInput(db, row.id);
  const leadFile = safeName(exportFileName(input, 'html'));
  const publishedAt = row.released_at ?? now.toISOString();
  files.set(leadFile, await renderOutput(input, 'html'));

  const revision = await db
    .selectFrom('statement_revision')
    .select(['hash', 'revision_no'])
    .where('id', '=', row.current_revision_id)
    .executeTakeFirstOrThrow();
  const attachments = [];
  for (const ref of input.content.attachments) {
    const blob = await db
      .selectFrom('attachment_blob')
      .select('data')
      .where('sha256', '=', ref.sha256)
      .executeTakeFirst();
    if (!blob) continue;
    const name = `attachments/${safeName(ref.fileName)}`;
    files.set(name, Buffer.from(blob.data));
    attachments.push({
      file: name,
      fileName: ref.fileName,
      mimeType: ref.mimeType,
      size: ref.size,
      sha256: ref.sha256,
    });
  }
  const json = {
    id: row.id,
    number: row.number,
    kind: row.kind,
    language: input.content.language,
    title: input.content.title,
    summary: input.content.summary,
    text: docToPlainText(input.content.body),
    publishedAt,
    revision: { number: revision.revision_no, sha256: revision.hash },
    page: leadFile,
    attachments,
    office: { agency: office.agency_name, unit: office.unit_name, website: office.website, email: office.email },
  };
  files.set('statement.json', Buffer.from(JSON.stringify(json, null, 2), 'utf8'));

  const released = await db
    .selectFrom('statement')
    .select(['id', 'released_at'])
    .where('status', 'in', ['released', 'corrected', 'retracted'])
    .where('id', '!=', row.id)
    .orderBy('released_at', 'desc')
    .limit(feedLength - 1)
    .execute();
  const items: (FeedItem & { file: string })[] = [
    {
      id: row.id,
      title: input.content.title,
      link: pageUrl(office.website, leadFile),
      description: input.content.summary || docToPlainText(input.content.body).slice(0, 500),
      publishedAt,
      file: leadFile,
    },
  ];
  for (const other of released) {
    const otherInput = await outputInput(db, other.id);
    const file = safeName(exportFileName(otherInput, 'html'));
    files.set(file, await renderOutput(otherInput, 'html'));
    items.push({
      id: other.id,
      title: otherInput.content.title,
      link: pageUrl(office.website, file),
      description: otherInput.content.summary || docToPlainText(otherInput.content.body).slice(0, 500),
      publishedAt: other.released_at ?? now.toISOString(),
      file,
    });
  }
  const channel = {
    title: `${office.agency_name} — Siaran Pers`,
    link: office.website || 'index.html',
    description: [office.agency_name, office.unit_name].filter(Boolean).join(' — '),
    language: input.content.language === 'en' ? 'en' : 'id',
  };
  files.set('feed.xml', Buffer.from(rssFeed(channel, items, now.toISOString()), 'utf8'));
  files.set(
    'index.html',
    Buffer.from(indexHtml(office.agency_name, { title: input.content.title, file: leadFile }, items), 'utf8'),
  );
  return files;
}

/** The package as one ZIP for download (browser mode cannot write a folder). */
export async function sitePackageFile(db: Kysely<Database>, statementId: string, now: Date) {
  const files = await sitePackage(db, statementId, now);
  const row = await findStatementRow(db, statementId);
  const zip = zipSync(Object.fromEntries([...files].map(([name, data]) => [name, new Uint8Array(data)])), { level: 6 });
  const stem = safeName(row?.number ?? statementId).replace(/\.+$/, '');
  return {
    fileName: `situs-${stem}.zip`,
    mimeType: 'application/zip',
    dataBase64: Buffer.from(zip).toString('base64'),
  };
}
