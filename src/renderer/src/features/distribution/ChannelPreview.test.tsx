import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SiagaApi } from '../../../../shared/ipc/api';
import type { DistributionPreview } from '../../../../shared/ipc/distribution';
import { ApiProvider } from '../../api/ApiContext';
import { renderView } from '../../test/renderWithProviders';
import { ChannelPreview } from './ChannelPreview';

const longPost = 'x'.repeat(281);
const preview: DistributionPreview = {
  statementId: 's1',
  revisionId: 'r1',
  revisionNo: 2,
  blocked: null,
  embargoAt: null,
  recipients: 3,
  skipped: { doNotContact: 1, noEmail: 0, duplicates: 0 },
  email: { subject: '[001/SP] Banjir', html: '<p>Banjir</p>', text: 'Hujan deras sejak Senin malam.' },
  whatsapp: '*Banjir*\nHujan deras.',
  whatsappLinks: [
    { contactId: 'c1', name: 'Siti Aisyah', number: '+6281234567890', link: 'https://wa.me/6281234567890?text=Banjir' },
  ],
  xThread: ['Banjir di Mlati 1/2', longPost],
  caption: 'Banjir\n\n#banjir',
  mailConfigured: true,
};

// The view only calls the API when a file is downloaded; nothing here does.
const api = {} as SiagaApi;

describe('ChannelPreview', () => {
  it('shows each channel with its length check and the wa.me links', () => {
    renderView(
      <ApiProvider api={api}>
        <ChannelPreview preview={preview} />
      </ApiProvider>,
    );
    expect(screen.getByText('Hujan deras sejak Senin malam.')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'WhatsApp' }));
    const link = screen.getByRole('link', { name: 'Siti Aisyah · +6281234567890' });
    expect(link.getAttribute('href')).toBe('https://wa.me/6281234567890?text=Banjir');
    expect(link.getAttribute('rel')).toContain('noopener');
    fireEvent.click(screen.getByRole('tab', { name: 'Media sosial' }));
    expect(screen.getByText('Utas X (2 unggahan)')).toBeTruthy();
    // The too-long post is flagged (red), the short one is not.
    const over = screen.getByText('281 / 280');
    expect(over.closest('[data-variant]')?.getAttribute('style') ?? '').toMatch(/red/);
    expect(screen.getByText('19 / 280')).toBeTruthy();
    expect(screen.getByText(/\/ 2200$/)).toBeTruthy();
  });
});
