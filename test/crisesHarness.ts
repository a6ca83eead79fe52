import type { CrisisInput } from '../src/shared/ipc/crises';

/** A flood in Sleman (regency 34.04) whose first signal came at 09.40 WIB on 28 November 2026. */
export function crisisInput(changes: Partial<CrisisInput> = {}): CrisisInput {
  return {
    title: 'Banjir Kecamatan Mlati',
    type: 'natural_disaster',
    severity: 2,
    regions: ['34.04'],
    firstSignalAt: '2026-11-28T02:40:00.000Z',
    ...changes,
  };
}
