import { Route, Routes } from 'react-router';
import { AgenciesPage } from './AgenciesPage';
import { CrisisDetailPage } from './CrisisDetailPage';
import { CrisisFormPage } from './CrisisFormPage';
import { CrisisListPage } from './CrisisListPage';
import { PlaybookPage } from './PlaybookPage';

/** /crises: the list, a crisis, its form, the agency directory and the office's playbook. */
export function CrisesSection() {
  return (
    <Routes>
      <Route index element={<CrisisListPage />} />
      <Route path="new" element={<CrisisFormPage />} />
      <Route path="agencies" element={<AgenciesPage />} />
      <Route path="playbook" element={<PlaybookPage />} />
      <Route path=":id" element={<CrisisDetailPage />} />
      <Route path=":id/edit" element={<CrisisFormPage />} />
    </Routes>
  );
}
