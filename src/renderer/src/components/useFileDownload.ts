import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBase64 } from './download';
import { notifyFailure } from './notifyFailure';

/** Fetches a file from the core and saves it; `busy` names the download in flight (for its button's spinner). */
export function useFileDownload() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (
    key: string,
    fetch: () => Promise<{ fileName: string; mimeType: string; dataBase64: string }>,
  ) => {
    setBusy(key);
    try {
      const file = await fetch();
      downloadBase64(file.fileName, file.mimeType, file.dataBase64);
    } catch (error) {
      notifyFailure(t, error);
    } finally {
      setBusy(null);
    }
  };
  return { busy, download };
}
