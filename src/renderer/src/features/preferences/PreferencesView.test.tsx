import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderView } from '../../test/renderWithProviders';
import { PreferencesView } from './PreferencesView';

describe('PreferencesView', () => {
  it('reports a language change as a patch', () => {
    const onChange = vi.fn();
    renderView(<PreferencesView preferences={{ language: 'id', colorScheme: 'light' }} onChange={onChange} />);
    expect((screen.getByRole('radio', { name: 'Bahasa Indonesia' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(onChange).toHaveBeenCalledWith({ language: 'en' });
  });

  it('reports a theme change as a patch', () => {
    const onChange = vi.fn();
    renderView(<PreferencesView preferences={{ language: 'en', colorScheme: 'light' }} onChange={onChange} />, 'en');
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenCalledWith({ colorScheme: 'dark' });
  });
});
