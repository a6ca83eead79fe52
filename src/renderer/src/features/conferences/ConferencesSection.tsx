import { Route, Routes } from 'react-router';
import { CheckInPage } from './CheckInPage';
import { ConferenceCalendarPage } from './ConferenceCalendarPage';
import { ConferenceDetailPage } from './ConferenceDetailPage';
import { ConferenceFormPage } from './ConferenceFormPage';
import { QaBankPage } from './QaBankPage';

/** /conferences: the calendar, a conference, its form, the door, and the Q&A bank. */
export function ConferencesSection() {
  return (
    <Routes>
      <Route index element={<ConferenceCalendarPage />} />
      <Route path="new" element={<ConferenceFormPage />} />
      <Route path="qa" element={<QaBankPage />} />
      <Route path=":id" element={<ConferenceDetailPage />} />
      <Route path=":id/edit" element={<ConferenceFormPage />} />
      <Route path=":id/checkin" element={<CheckInPage />} />
    </Routes>
  );
}
