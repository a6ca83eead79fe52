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
  // DOMPurify drops the document element's and <meta>'s attributes even when allowed; both are
  // ours (never user text) and a page without its charset garbles é and — when a web server
  // sends no charset (the website package). Put them back from what we rendered.
  const lang = /^\s*(?:<!doctype html>\s*)?<html lang="(id|en)">/i.exec(html)?.[1];
  const restored = clean
    .replace(/^<html>/, lang ? `<html lang="${lang}">` : '<html>')
    .replace(/<head><meta>/, '<head><meta charset="utf-8">');
  return `<!doctype html>\n${restored}`;
}
