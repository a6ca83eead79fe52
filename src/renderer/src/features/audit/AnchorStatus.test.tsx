import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SiagaApi } from '../../../../shared/ipc/api';
import type { AnchorReport } from '../../../../shared/ipc/audit';
import { fail, ok } from '../../../../shared/ipc/result';
import { ApiProvider } from '../../api/ApiContext';
import { renderView } from '../../test/renderWithProviders';
import { AnchorStatus } from './AnchorStatus';

function apiAnswering(report: AnchorReport): SiagaApi {
  return {
    invoke: ((channel: string) =>
      Promise.resolve(
        channel === 'audit.anchors' ? ok(report) : fail('NOT_FOUND', 'not in this test', { reason: 'unknownChannel' }),
      )) as SiagaApi['invoke'],
    on: () => () => undefined,
  };
}

function show(report: AnchorReport, language: 'id' | 'en' = 'id') {
  renderView(
    <ApiProvider api={apiAnswering(report)}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <AnchorStatus />
      </QueryClientProvider>
    </ApiProvider>,
    language,
  );
}

const base = { checkpoints: 12, backups: 2, upToSeq: 480, authenticated: true };

describe('AnchorStatus', () => {
  it('says quietly that the chain matches its anchors', async () => {
    show({ ...base, ok: true, problems: [] });
    expect((await screen.findByTestId('audit-anchors')).textContent).toBe(
      'Rantai cocok dengan jangkarnya di luar basis data: 12 titik periksa dan 2 cadangan, hingga peristiwa 480.',
    );
  });

  it('names the rewritten event and the anchor that caught it, in the office zone', async () => {
    show(
      {
        ...base,
        ok: false,
        problems: [{ kind: 'rewritten', seq: 480, source: 'checkpoint', what: '2026-11-28T02:15:00.000Z' }],
      },
      'en',
    );
    const alert = await screen.findByTestId('audit-anchors');
    expect(alert.textContent).toContain('The audit chain does not match its anchors outside the database');
    expect(alert.textContent).toContain(
      'Event 480 differs from the checkpoint of 28 November 2026, 09:15 WIB: the chain in the database was rewritten.',
    );
  });
});
