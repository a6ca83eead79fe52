import { corePurifier } from '../../security/purifier';

/**
 * A second line of defence for exported HTML: the renderer already escapes everything, and DOMPurify
 * then removes anything active (scripts, handlers, javascript: URLs) should a bug ever let it in.
 */
export async function sanitizeHtmlDocument(html: string): Promise<string> {
  const purify = await corePurifier();
  const clean = purify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    ADD_TAGS: ['style', 'meta', 'title', 'head', 'html', 'body', 'header', 'article', 'section'],
    ADD_ATTR: ['charset', 'lang', 'start', 'colspan', 'rowspan', 'rel'],
    // cid: names an inline part of the same e-mail (the logo in distributed mail): inert.
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|cid:|data:image\/(?:png|jpeg|svg\+xml);base64,)/i,
  });
  return `<!doctype html>\n${clean}`;
}
