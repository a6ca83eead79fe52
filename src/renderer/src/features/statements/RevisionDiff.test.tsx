import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Revision } from '../../../../shared/ipc/statements';
import { renderView } from '../../test/renderWithProviders';
import { RevisionDiff } from './HistoryPanel';

function revision(no: number, text: string): Revision {
  return {
    id: `r${no}`,
    revisionNo: no,
    author: { id: 'a1', fullName: 'Dewi' },
    createdAt: '2026-11-28T02:00:00.000Z',
    hash: 'h',
    content: {
      kind: 'press_release',
      language: 'id',
      title: 'Banjir',
      summary: '',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
      datelinePlace: '',
      spokespersonId: null,
      mediaContactId: null,
      tags: [],
      embargoUntil: null,
      nextUpdateAt: null,
      attachments: [],
    },
  };
}

describe('RevisionDiff', () => {
  it('marks the words added and removed between two revisions', () => {
    renderView(
      <RevisionDiff
        from={revision(1, '120 keluarga mengungsi ke balai desa')}
        to={revision(2, '85 keluarga mengungsi ke balai desa')}
      />,
    );
    const diff = screen.getByTestId('revision-diff');
    expect(diff.querySelector('del')?.textContent).toBe('120');
    expect(diff.querySelector('ins')?.textContent).toBe('85');
  });

  it('says when nothing changed', () => {
    renderView(<RevisionDiff from={revision(1, 'sama')} to={revision(2, 'sama')} />, 'en');
    expect(screen.getByText('No difference in the text.')).toBeTruthy();
  });
});
