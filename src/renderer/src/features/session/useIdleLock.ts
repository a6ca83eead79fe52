import { useEffect, useRef } from 'react';

const activityEvents = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once after `minutes` without mouse or keyboard activity. The core ends idle
 * sessions on its own too; this makes the screen follow at once instead of at the next click.
 */
export function useIdleLock(minutes: number | undefined, onIdle: () => void): void {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);
  useEffect(() => {
    if (!minutes) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), minutes * 60_000);
    };
    restart();
    for (const name of activityEvents) window.addEventListener(name, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, restart);
    };
  }, [minutes]);
}
