import { Typography } from '@mantine/core';
import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { renderBodyHtml } from '../../../../shared/statements/outputs/htmlOutput';
import type { RichDoc } from '../../../../shared/statements/richText';

/**
 * A body shown read-only. The HTML is built from the stored JSON with everything escaped, and
 * DOMPurify (allowlist) cleans it again before it reaches the page, as everywhere rich text is shown.
 */
export function StatementBodyView({ body }: { body: RichDoc }) {
  const html = useMemo(
    () =>
      DOMPurify.sanitize(renderBodyHtml(body.content), {
        ALLOWED_TAGS: [
          'p',
          'h2',
          'h3',
          'h4',
          'strong',
          'em',
          'u',
          'a',
          'ul',
          'ol',
          'li',
          'blockquote',
          'table',
          'tbody',
          'tr',
          'th',
          'td',
          'br',
        ],
        ALLOWED_ATTR: ['href', 'rel', 'start', 'colspan', 'rowspan'],
      }),
    [body],
  );
  return (
    <Typography>
      <div data-testid="statement-body" dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
