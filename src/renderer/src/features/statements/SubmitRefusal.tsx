import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/apiError';
import { errorMessage } from '../../i18n/errorMessage';
import { useMe } from '../../components/useSession';
import { NameStandInModal } from './StandInsPanel';

/**
 * Why a "Simpan & ajukan" saved but did not submit, beside the buttons (not a passing notice).
 * When nobody may decide a step (the only editor wrote the text), it names who is excluded and
 * who could stand in, and offers to name the stand-in right here.
 */
export function SubmitRefusal({ error, onClose }: { error: unknown; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [naming, setNaming] = useState(false);
  const undecidable = error instanceof ApiError && error.details?.reason === 'noEligibleDecider';
  return (
    <Alert
      color="orange"
      title={t('statements.editor.savedNotSubmitted')}
      withCloseButton
      closeButtonLabel={t('dashboard.notice.close')}
      onClose={onClose}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{errorMessage(t, error)}</Text>
        {undecidable && (
          <>
            {String(error.details?.['candidates'] ?? '') && (
              <Text size="sm">
                {t('statements.editor.couldStandIn', { names: String(error.details?.['candidates']) })}
              </Text>
            )}
            <Button size="xs" variant="light" onClick={() => setNaming(true)} style={{ alignSelf: 'flex-start' }}>
              {t('standIns.name')}
            </Button>
          </>
        )}
      </Stack>
      {naming && me.data && (
        <NameStandInModal
          accountId={me.data.id}
          mayChooseAccount={me.data.roles.includes('admin')}
          onClose={() => setNaming(false)}
        />
      )}
    </Alert>
  );
}
