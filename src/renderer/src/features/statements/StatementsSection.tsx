import { Route, Routes } from 'react-router';
import { StatementDetailPage } from './StatementDetailPage';
import { StatementListPage } from './StatementListPage';

/** /statements (the list) and /statements/:id (one statement). */
export function StatementsSection() {
  return (
    <Routes>
      <Route index element={<StatementListPage />} />
      <Route path=":id" element={<StatementDetailPage />} />
    </Routes>
  );
}
