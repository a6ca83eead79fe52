import { Route, Routes } from 'react-router';
import { HoaxBoardPage } from './HoaxBoardPage';
import { HoaxDetailPage } from './HoaxDetailPage';
import { HoaxFormPage } from './HoaxFormPage';
import { HoaxListPage } from './HoaxListPage';

/** /hoaxes: the board by status, the filtered list, a claim, its form. */
export function HoaxesSection() {
  return (
    <Routes>
      <Route index element={<HoaxBoardPage />} />
      <Route path="list" element={<HoaxListPage />} />
      <Route path="new" element={<HoaxFormPage />} />
      <Route path=":id" element={<HoaxDetailPage />} />
      <Route path=":id/edit" element={<HoaxFormPage />} />
    </Routes>
  );
}
