import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/tiptap/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectSiagaApi } from './api/siagaApi';
import { App } from './app/App';
import { NoConnection } from './app/NoConnection';
import { createI18n } from './i18n';

// Indonesian until the stored preferences arrive (they are the source of truth).
const i18n = createI18n('id');
// Must run before the router reads the hash: it takes the browser-mode token out of it.
const api = connectSiagaApi();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(<StrictMode>{api ? <App api={api} i18n={i18n} /> : <NoConnection i18n={i18n} />}</StrictMode>);
