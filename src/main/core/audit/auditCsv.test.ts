import { describe, expect, it } from 'vitest';
import { neutralizeCell } from '../csv/safeCsv';
import { auditCsv } from './auditCsv';

describe('auditCsv', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=SUM(A1)', '+62', '-1', '@cmd', '\tx', '\rx'])
      expect(neutralizeCell(cell).startsWith("'")).toBe(true);
    expect(neutralizeCell('Siti')).toBe('Siti');
  });

  it('writes oldest first, quotes commas and quotes, and ends with the head', () => {
    const csv = auditCsv(
      [
        {
          seq: 2,
          at: 'b',
          actorId: null,
          actorName: null,
          action: 'x',
          entityType: 'e',
          entityId: '2',
          data: { note: 'a, "b"' },
          hash: 'h2',
          subjectAccount: null,
        },
        {
          seq: 1,
          at: 'a',
          actorId: 'u',
          actorName: '=HYPERLINK()',
          action: 'x',
          entityType: 'e',
          entityId: '1',
          data: {},
          hash: 'h1',
          subjectAccount: null,
        },
      ],
      { seq: 2, hash: 'h2' },
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]?.startsWith("1,a,u,'=HYPERLINK()")).toBe(true);
    expect(lines[2]).toContain('"{""note"":""a, \\""b\\""""}"');
    expect(lines[3]).toBe('# audit chain head 2:h2');
  });
});
