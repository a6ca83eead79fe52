import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderView } from '../test/renderWithProviders';
import { ErrorBoundary } from './ErrorBoundary';

let shouldThrow = true;
function Fragile() {
  const [label] = useState('works');
  if (shouldThrow) throw new Error('secret stack detail');
  return <p>{label}</p>;
}

describe('ErrorBoundary', () => {
  it('shows a translated message instead of the error, and retries', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shouldThrow = true;
    renderView(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Tampilan ini mengalami kesalahan');
    expect(document.body.textContent).not.toContain('secret stack detail');
    shouldThrow = false;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(screen.getByText('works')).toBeTruthy();
    spy.mockRestore();
  });
});
