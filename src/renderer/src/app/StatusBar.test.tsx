import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderView } from '../test/renderWithProviders';
import { StatusBar } from './StatusBar';

const info = {
  appVersion: '0.1.0',
  dataDir: '/data',
  databaseFile: '/data/siaga.sqlite',
  schemaVersion: 3,
  latestSchemaVersion: 3,
  sqliteVersion: '3.53.2',
  journalMode: 'wal',
};

describe('StatusBar', () => {
  it('shows the data file and schema version', () => {
    renderView(<StatusBar info={info} />);
    const bar = screen.getByRole('region', { name: 'Status penyimpanan' });
    expect(bar.textContent).toContain('Berkas data: /data/siaga.sqlite');
    expect(bar.textContent).toContain('Versi skema: 3');
  });

  it('speaks English when asked and holds its place while loading', () => {
    renderView(<StatusBar info={undefined} />, 'en');
    expect(screen.getByRole('region', { name: 'Storage status' }).textContent).toContain('Data file: …');
  });
});
