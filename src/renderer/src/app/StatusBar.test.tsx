import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderView } from '../test/renderWithProviders';
import { sampleAppInfo } from '../test/sampleAppInfo';
import { StatusBar } from './StatusBar';

const info = sampleAppInfo;

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
