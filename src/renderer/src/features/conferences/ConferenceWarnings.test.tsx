import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConferenceWarning } from '../../../../shared/ipc/conferences';
import { renderView } from '../../test/renderWithProviders';
import { ConferenceWarnings } from './ConferenceWarnings';

const warnings: ConferenceWarning[] = [
  {
    kind: 'spokesperson',
    what: 'Rina Marlina, S.H.',
    other: {
      id: 'c2',
      title: 'Media briefing di Makassar',
      startsAt: '2026-12-01T05:00:00.000Z',
      endsAt: '2026-12-01T06:00:00.000Z',
      zone: 'Asia/Makassar',
    },
  },
  { kind: 'officeHours', what: '', other: null },
];

describe('ConferenceWarnings', () => {
  it('names the other event in its own zone, in Indonesian', () => {
    renderView(<ConferenceWarnings warnings={warnings} />);
    expect(
      screen.getByText(
        'Rina Marlina, S.H. sudah dijadwalkan di "Media briefing di Makassar" (1 Desember 2026, 13.00 WITA).',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Waktu ini di luar jam kerja kantor.')).toBeTruthy();
  });

  it('in English, and shows nothing when there is nothing to warn of', () => {
    const { container } = renderView(<ConferenceWarnings warnings={warnings.slice(0, 1)} />, 'en');
    expect(
      screen.getByText(
        'Rina Marlina, S.H. is already booked for "Media briefing di Makassar" (1 December 2026, 13:00 WITA).',
      ),
    ).toBeTruthy();
    expect(screen.getAllByRole('status')).toHaveLength(1);
    container.remove();
    renderView(<ConferenceWarnings warnings={[]} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
