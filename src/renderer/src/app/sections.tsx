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
  IconRadar,
  IconCalendarEvent,
  IconMailCog,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { ReactElement } from 'react';
import type { Role } from '../../../shared/accounts/roles';
import { rolesAllow, type Permission } from '../../../shared/permissions';
import { lazyPage } from '../components/lazyPage';

// Each section from its own chunk (components/lazyPage.tsx); AppLayout shows them in a Suspense.
const AccountsPage = lazyPage(() => import('../features/accounts/AccountsPage'), 'AccountsPage');
const AuditPage = lazyPage(() => import('../features/audit/AuditPage'), 'AuditPage');
const BackupsPage = lazyPage(() => import('../features/backups/BackupsPage'), 'BackupsPage');
const ConferencesSection = lazyPage(() => import('../features/conferences/ConferencesSection'), 'ConferencesSection');
const CrisesSection = lazyPage(() => import('../features/crises/CrisesSection'), 'CrisesSection');
const MonitoringSection = lazyPage(() => import('../features/monitoring/MonitoringSection'), 'MonitoringSection');
const HoaxesSection = lazyPage(() => import('../features/hoaxes/HoaxesSection'), 'HoaxesSection');
const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const ContactsSection = lazyPage(() => import('../features/contacts/ContactsSection'), 'ContactsSection');
const OfficeProfilePage = lazyPage(() => import('../features/office/OfficeProfilePage'), 'OfficeProfilePage');
const MailSettingsPage = lazyPage(() => import('../features/distribution/MailSettingsPage'), 'MailSettingsPage');
const PreferencesPage = lazyPage(() => import('../features/preferences/PreferencesPage'), 'PreferencesPage');
const SystemInfoPage = lazyPage(() => import('../features/system/SystemInfoPage'), 'SystemInfoPage');
const StatementsSection = lazyPage(() => import('../features/statements/StatementsSection'), 'StatementsSection');
const TasksPage = lazyPage(() => import('../features/statements/TasksPage'), 'TasksPage');
const TemplatesPage = lazyPage(() => import('../features/statements/TemplatesPage'), 'TemplatesPage');

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
  { path: 'monitoring', labelKey: 'nav.monitoring', icon: IconRadar, element: <MonitoringSection /> },
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

/** Loads every section's code ahead, so the first visit to each shows at once (lazyPage.tsx). */
export function preloadSections(): Promise<unknown> {
  return Promise.allSettled([
    AccountsPage.preload(),
    AuditPage.preload(),
    BackupsPage.preload(),
    ConferencesSection.preload(),
    CrisesSection.preload(),
    HoaxesSection.preload(),
    MonitoringSection.preload(),
    DashboardPage.preload(),
    ContactsSection.preload(),
    OfficeProfilePage.preload(),
    MailSettingsPage.preload(),
    PreferencesPage.preload(),
    SystemInfoPage.preload(),
    StatementsSection.preload(),
    TasksPage.preload(),
    TemplatesPage.preload(),
  ]);
}

export function sectionsFor(roles: readonly Role[]): Section[] {
  return sections.filter((section) => !section.permission || rolesAllow(roles, section.permission));
}
