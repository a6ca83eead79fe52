import { createTheme } from '@mantine/core';

/** Calm, legible, and red only where it means something (errors, overdue). */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
  components: {
    // A status badge is a word to read whole ("MENUNGGU", "DALAM TINJAUAN"): it never shrinks to
    // "MENUN…" in a narrow cell; the row grows instead.
    Badge: {
      styles: { root: { flexShrink: 0, maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } },
    },
  },
});
