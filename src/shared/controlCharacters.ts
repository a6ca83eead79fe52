/**
 * Control characters in text that crosses the core boundary.
 *
 * Why: a NUL ends a string inside SQLite and PostgreSQL refuses it outright, ESC and BEL
 * sequences recolour or ring a terminal, and CR/LF forge lines in lists and logs. Nobody types
 * these on purpose; they arrive from a hostile client or a broken paste. Text may hold tab and new
 * lines where it is multi-line (`text` in ipc/fields.ts); one line (`line`) holds none.
 */

/** C0 controls except tab, LF and CR, and DEL: refused in every string of every input. */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's purpose
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;
/** Every C0 control and DEL, and the C1 controls (0x80–0x9F; 0x9B starts a terminal sequence too). */
// eslint-disable-next-line no-control-regex -- as above
const anyControl = /[\u0000-\u001F\u007F-\u009F]/gu;

export const isOneLine = (value: string): boolean => !/[\t\n\r]/u.test(value);

export interface ControlIssue {
  path: (string | number)[];
}

/**
 * Where `value` (any input: objects, arrays, strings) holds a forbidden control character, at
 * most `limit` places. Keys are looked at too: a key is data the core may store or print.
 */
export function findControlCharacters(value: unknown, limit = 20): ControlIssue[] {
  const issues: ControlIssue[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (issues.length >= limit) return;
    if (typeof node === 'string') {
      if (forbidden.test(node)) issues.push({ path });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...path, index]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        if (forbidden.test(key)) issues.push({ path: [...path, key] });
        walk(item, [...path, key]);
      }
    }
  };
  walk(value, []);
  return issues;
}

/**
 * Text made safe to print on a terminal or in a one-line list: every control character shown as
 * its escape (`\\n`, `\\u001b`), so nothing a record holds can move the cursor, recolour the screen
 * or start a new line. Tabs in multi-line text are shown as `\\t` too.
 */
export function printable(value: string): string {
  return value.replace(anyControl, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
