import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function BoundaryMessage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.boundary.title')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('errors.boundary.body')}</Text>
        <Button size="xs" variant="light" color="red" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

interface State {
  failed: boolean;
}

/** Catches a crashing view and shows a translated message instead of a blank window or a stack trace. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('view crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) return <BoundaryMessage onRetry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
