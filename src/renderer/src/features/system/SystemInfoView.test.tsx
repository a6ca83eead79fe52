import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderView } from '../../test/renderWithProviders';
import { sampleAppInfo } from '../../test/sampleAppInfo';
import { SystemInfoView } from './SystemInfoView';

const info = { ...sampleAppInfo, schemaVersion: 1, latestSchemaVersion: 2 };

describe('SystemInfoView', () => {
  it('lists what the core reported, labelled in the interface language', () => {
    renderView(<SystemInfoView info={info} onRefresh={() => undefined} />, 'en');
    const table = screen.getByRole('table', { name: 'System information' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!.textContent;
    expect(row('Database file')).toContain('/data/siaga.sqlite');
    expect(row('Schema version')).toContain('1 / 2');
    expect(row('Journal mode')).toContain('WAL');
  });

  it('asks for fresh data on refresh', () => {
    const onRefresh = vi.fn();
    renderView(<SystemInfoView info={{ ...info, latestSchemaVersion: 1 }} onRefresh={onRefresh} />);
    expect(screen.getByText('1 (mutakhir)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang informasi' }));
    expect(onRefresh).toHaveBeenCalledOnce();
  });
});
