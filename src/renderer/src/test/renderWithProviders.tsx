import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../shared/ipc/preferences';
import { testI18n } from './testI18n';

/** Renders a pure view with Mantine and i18n in the given language. */
export function renderView(ui: ReactElement, language: Language = 'id') {
  const i18n = testI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">{ui}</MantineProvider>
    </I18nextProvider>,
  );
}
