import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClockFacts } from '../../../../shared/crises/goldenHour';
import { formatInstant } from '../../../../shared/time/formatInstant';
import { renderView } from '../../test/renderWithProviders';
import { ClockView } from './GoldenHourClock';

/** A flood signalled at 09.40 WIB. */
const facts: ClockFacts = { firstSignalAt: '2026-11-28T02:40:00.000Z', targets: [15, 30, 60], releases: [] };
const wib = (language: 'id' | 'en') => (iso: string) => formatInstant(iso, 'Asia/Jakarta', language);

describe('ClockView', () => {
  it('counts from the first signal while nothing is out, with the prompts met, missed and next', () => {
    renderView(<ClockView facts={facts} now={new Date('2026-11-28T03:17:05.000Z')} format={wib('id')} />);
    expect(screen.getByTestId('golden-hour-elapsed').textContent).toBe('00:37:05');
    expect(screen.getByText('15 menit · terlewat')).toBeTruthy();
    expect(screen.getByText('30 menit · terlewat')).toBeTruthy();
    expect(screen.getByText('60 menit · berikutnya')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stops at the first release and flags its promise once it has passed, in English', () => {
    const released: ClockFacts = {
      ...facts,
      releases: [
        { statementId: 's1', releasedAt: '2026-11-28T03:00:00.000Z', nextUpdateAt: '2026-11-28T05:00:00.000Z' },
      ],
    };
    renderView(<ClockView facts={released} now={new Date('2026-11-28T05:12:30.000Z')} format={wib('en')} />, 'en');
    expect(screen.queryByTestId('golden-hour-elapsed')).toBeNull();
    expect(screen.getByText('First statement released 20 minutes after the first signal.')).toBeTruthy();
    expect(screen.getByText('15 min · missed')).toBeTruthy();
    expect(screen.getByText('30 min · met')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'Update overdue: promised for 28 November 2026, 12:00 WIB, 12 minutes ago.',
    );
  });

  it('says when the next update is due while it is still ahead', () => {
    const released: ClockFacts = {
      ...facts,
      releases: [
        { statementId: 's1', releasedAt: '2026-11-28T03:00:00.000Z', nextUpdateAt: '2026-11-28T05:00:00.000Z' },
      ],
    };
    renderView(<ClockView facts={released} now={new Date('2026-11-28T04:35:00.000Z')} format={wib('id')} />);
    expect(
      screen.getByText('Pembaruan berikutnya dijanjikan 28 November 2026, 12.00 WIB (dalam 25 menit).'),
    ).toBeTruthy();
  });
});
