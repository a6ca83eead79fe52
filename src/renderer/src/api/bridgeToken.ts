const storageKey = 'siaga.bridgeToken';

/**
 * Browser mode hands the page its token in the URL fragment (`#token=...`), which never reaches
 * the server or its logs. Keep it for this tab only and clear the fragment so the hash router
 * starts clean and the token does not stay in the address bar.
 */
export function takeBridgeToken(location: Location, history: History, storage: Storage): string | undefined {
  const match = /^#token=([A-Za-z0-9_-]+)$/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(storageKey, match[1]);
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    return match[1];
  }
  return storage.getItem(storageKey) ?? undefined;
}
