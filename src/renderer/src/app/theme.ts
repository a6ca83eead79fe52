import { createTheme } from '@mantine/core';

/** Calm, legible, and red only where it means something (errors, overdue). */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
});
