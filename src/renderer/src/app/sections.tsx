import { IconAdjustments, IconInfoCircle, type Icon } from '@tabler/icons-react';
import type { ReactElement } from 'react';
import { PreferencesPage } from '../features/preferences/PreferencesPage';
import { SystemInfoPage } from '../features/system/SystemInfoPage';

export interface Section {
  path: string;
  /** i18n key of the navigation label. */
  labelKey: string;
  icon: Icon;
  element: ReactElement;
}

/**
 * The navigation, in order. Only sections that work are listed here; each later domain adds
 * its own entry when it lands (see features/README.md).
 */
export const sections: Section[] = [
  { path: 'system', labelKey: 'nav.system', icon: IconInfoCircle, element: <SystemInfoPage /> },
  { path: 'preferences', labelKey: 'nav.preferences', icon: IconAdjustments, element: <PreferencesPage /> },
];

export const homePath = '/system';
