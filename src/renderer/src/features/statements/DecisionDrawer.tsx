import { Alert, Anchor, Badge, Code, Drawer, Group, Stack, Text } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { ReleasePlanSummary } from './ReleasePlanSummary';
import { RevisionText } from './RevisionText';
import { DecisionForm } from './DecisionForm';
import { useDecision } from './useDecision';
import { stepRolesLabel } from './stepRoles';
import { useStatement } from './useStatements';
import { PresenceMark } from '../presence/public';

const DecisionContext = createContext<(statementId: string) => void>(() => undefined);

/** Opens the decision drawer for a statement, from wherever the approver is. */
export const useOpenDecision = () => useContext(DecisionContext);

/**
 * Approve or ask for changes where you are: "Tugas saya", the home card and the notice centre
 * open this drawer over the page they are on instead of sending the approver to another tab.
 */
export function DecisionDrawerProvider({ children }: { children: ReactNode }) {
  const [statementId, setStatementId] = useState<string | null>(null);
  return (
    <DecisionContext.Provider value={setStatementId}>
      {children}
      {statementId && <DecisionDrawer statementId={statementId} onClose={() => setStatementId(null)} />}
    </DecisionContext.Provider>
  );
}

function DecisionDrawer({ statementId, onClose }: { statementId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const statement = useStatement(statementId);
  const format = useFormatInstant();
  const decision = useDecision(statement.data, onClose);
  const data = statement.data;
  const waiting = data?.status === 'in_review' && data.pendingStep;
  const approve = () => {
    if (data?.can.decide && !decision.approving) decision.decide('approve');
  };
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={t('statements.decision.title')}
      closeButtonProps={{ 'aria-label': t('statements.decision.close') }}
    >
      <QueryState query={statement}>
        {(current) => (
          <Stack onKeyDown={getHotkeyHandler([['mod+Enter', approve]])}>
            <Group gap="xs">
              <Badge variant="light">{t(`statements.kind.${current.kind}`)}</Badge>
              <Text size="sm" c="dimmed">
                {t('statements.decision.byline', {
                  author: current.author.fullName,
                  no: current.revisionNo,
                  time: format(current.updatedAt),
                })}
              </Text>
              {/* The drafter at a desk now can answer a question before the decision. */}
              <PresenceMark accountId={current.author.id} />
            </Group>
            {current.pendingStep && (
              <Text size="sm">
                {t('statements.decision.step', {
                  n: current.pendingStep.index + 1,
                  total: current.chain.length,
                  role: stepRolesLabel(t, current.pendingStep.roles),
                })}
              </Text>
            )}
            <RevisionText content={current.content} />
            <Text size="xs" c="dimmed">
              {t('statements.approval.revisionHash')}: <Code>{current.currentRevisionHash}</Code>
            </Text>
            <ReleasePlanSummary statement={current} />
            {!waiting ? (
              <Alert color="gray">{t('statements.decision.nothingWaits')}</Alert>
            ) : current.can.decide ? (
              <DecisionForm decision={decision} shortcut />
            ) : (
              <Alert color="gray">{t('statements.decision.notYours')}</Alert>
            )}
            <Anchor component={Link} to={`/statements/${current.id}`} size="sm" onClick={onClose}>
              {t('statements.decision.fullPage')}
            </Anchor>
          </Stack>
        )}
      </QueryState>
    </Drawer>
  );
}
