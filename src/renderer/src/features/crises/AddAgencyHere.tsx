import { Anchor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyModal } from './AgenciesPage';

/**
 * "Instansi belum ada? Tambahkan di sini" under an agency picker: the agency form opens over the
 * crisis (nobody leaves it for the directory) and the new agency is chosen at once.
 */
export function AddAgencyHere({ onAdded }: { onAdded: (agencyId: string) => void }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <>
      <Anchor component="button" type="button" size="xs" onClick={() => setAdding(true)}>
        {t('crises.stakeholders.addAgency')}
      </Anchor>
      {adding && <AgencyModal agency={null} onClose={() => setAdding(false)} onSaved={(saved) => onAdded(saved.id)} />}
    </>
  );
}
