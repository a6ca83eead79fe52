import {
  IconAdjustments,
  IconAlertTriangle,
  IconShieldCheck,
  IconHome,
  IconChecklist,
  IconFileText,
  IconTemplate,
  IconBuilding,
  IconDatabase,
  IconInfoCircle,
  IconListCheck,
  IconAddressBook,
  IconCalendarEvent,
  IconMailCog,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { ReactElement } from 'react';
import type { Role } from '../../../shared/accounts/roles';
import { rolesAllow, type Permission } from '../../../shared/permissions';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { ConferencesSection } from '../features/conferences/ConferencesSection';
import { CrisesSection } from '../features/crises/CrisesSection';
import { HoaxesSection } from '../features/hoaxes/HoaxesSection';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ContactsSection } from '../features/contacts/ContactsSection';
import { OfficeProfilePage } from '../features/office/OfficeProfilePage';
import { MailSettingsPage } from '../features/distribution/MailSettingsPage';
import { PreferencesPage } from '../features/preferences/PreferencesPage';
import { SystemInfoPage } from '../features/system/SystemInfoPage';
import { StatementsSection } from '../features/statements/StatementsSection';
import { TasksPage } from '../features/statements/TasksPage';
import { TemplatesPage } from '../features/statements/TemplatesPage';

export interface Section {
  path: string;
  /** i18n key of the navigation label. */
  labelKey: string;
  icon: Icon;
  element: ReactElement;
  /** Shown only to roles the permission table allows (the core refuses the rest anyway). */
  permission?: Permission;
}

/**
 * The navigation, in order. Only sections that work are listed here; each later domain adds
 * its own entry when it lands (see features/README.md).
 */
export const sections: Section[] = [
  { path: 'home', labelKey: 'nav.home', icon: IconHome, element: <DashboardPage /> },
  { path: 'crises', labelKey: 'nav.crises', icon: IconAlertTriangle, element: <CrisesSection /> },
  { path: 'hoaxes', labelKey: 'nav.hoaxes', icon: IconShieldCheck, element: <HoaxesSection /> },
  { path: 'tasks', labelKey: 'nav.tasks', icon: IconChecklist, element: <TasksPage /> },
  { path: 'statements', labelKey: 'nav.statements', icon: IconFileText, element: <StatementsSection /> },
  {
    path: 'templates',
    labelKey: 'nav.templates',
    icon: IconTemplate,
    element: <TemplatesPage />,
    permission: 'statements.templates',
  },
  {
    path: 'conferences',
    labelKey: 'nav.conferences',
    icon: IconCalendarEvent,
    element: <ConferencesSection />,
  },
  {
    path: 'contacts',
    labelKey: 'nav.contacts',
    icon: IconAddressBook,
    element: <ContactsSection />,
    permission: 'contacts.view',
  },
  { path: 'system', labelKey: 'nav.system', icon: IconInfoCircle, element: <SystemInfoPage /> },
  {
    path: 'accounts',
    labelKey: 'nav.accounts',
    icon: IconUsers,
    element: <AccountsPage />,
    permission: 'accounts.manage',
  },
  {
    path: 'office',
    labelKey: 'nav.office',
    icon: IconBuilding,
    element: <OfficeProfilePage />,
    permission: 'office.manage',
  },
  {
    path: 'mail',
    labelKey: 'nav.mail',
    icon: IconMailCog,
    element: <MailSettingsPage />,
    permission: 'office.manage',
  },
  { path: 'audit', labelKey: 'nav.audit', icon: IconListCheck, element: <AuditPage />, permission: 'audit.view' },
  {
    path: 'backups',
    labelKey: 'nav.backups',
    icon: IconDatabase,
    element: <BackupsPage />,
    permission: 'backups.manage',
  },
  { path: 'preferences', labelKey: 'nav.preferences', icon: IconAdjustments, element: <PreferencesPage /> },
];

export const homePath = '/home';

export function sectionsFor(roles: readonly Role[]): Section[] {
  return sections.filter((section) => !section.permission || rolesAllow(roles, section.permission));
}
