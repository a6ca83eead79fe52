import { createContext, useContext, type ReactNode } from 'react';
import type { SiagaApi } from '../../../shared/ipc/api';

const ApiContext = createContext<SiagaApi | undefined>(undefined);

export function ApiProvider({ api, children }: { api: SiagaApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): SiagaApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
