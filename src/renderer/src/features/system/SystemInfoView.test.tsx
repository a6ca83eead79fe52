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
    expect(row('Used by')).toContain('This computer account only');
    expect(row('Schema version')).toContain('1 / 2');
    expect(row('Journal mode')).toContain('WAL');
  });

  it('names the office server where the file would be, its engine, and no journal', () => {
    const onServer = {
      ...info,
      dataScope: 'machine' as const,
      store: 'server' as const,
      databaseFile: 'db.humas.go.id:5432/siaga',
      engineVersion: 'PostgreSQL 17.10',
      journalMode: 'server',
    };
    renderView(<SystemInfoView info={onServer} onRefresh={() => undefined} />);
    const table = screen.getByRole('table', { name: 'Informasi Sistem' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!.textContent;
    expect(row('Server kantor')).toContain('db.humas.go.id:5432/siaga');
    expect(row('Dipakai oleh')).toContain('Semua akun di komputer ini (folder bersama)');
    expect(row('Mesin basis data')).toContain('PostgreSQL 17.10');
    expect(within(table).queryByRole('rowheader', { name: 'Mode jurnal' })).toBeNull();
    expect(within(table).queryByRole('rowheader', { name: 'Berkas basis data' })).toBeNull();
  });

  it('asks for fresh data on refresh', () => {
    const onRefresh = vi.fn();
    renderView(<SystemInfoView info={{ ...info, latestSchemaVersion: 1 }} onRefresh={onRefresh} />);
    expect(screen.getByText('1 (mutakhir)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang informasi' }));
    expect(onRefresh).toHaveBeenCalledOnce();
  });
});
