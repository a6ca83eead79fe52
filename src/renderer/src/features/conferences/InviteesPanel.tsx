import { Badge, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rsvpAnswers, type RsvpAnswer } from '../../../../shared/conferences/vocabulary';
import type { Conference, Invitee } from '../../../../shared/ipc/conferences';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useInvitees } from './useConferences';
import { useSetRsvp } from './useConferenceActions';

/** Accreditation on the conference day: valid, expired, or none recorded. */
export function AccreditationBadge({ invitee }: { invitee: Invitee }) {
  const { t } = useTranslation();
  if (invitee.accredited === null) return null;
  return (
    <Badge size="sm" variant="light" color={invitee.accredited ? 'teal' : 'red'}>
      {invitee.accredited ? t('conferences.accredited') : t('conferences.notAccredited')}
    </Badge>
  );
}

/** Everyone invited (and walk-ins), with the RSVP staff record from calls and replies. */
export function InviteesPanel({ conference, mayEdit }: { conference: Conference; mayEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const query = useInvitees(conference.id);
  const setRsvp = useSetRsvp();
  return (
    <QueryState query={query}>
      {(invitees) => {
        if (invitees.length === 0) return <Text c="dimmed">{t('conferences.invitees.empty')}</Text>;
        const count = (answer: RsvpAnswer) => invitees.filter((person) => person.rsvp === answer).length;
        return (
          <>
            <Group gap="md" mb="sm" data-testid="rsvp-summary">
              <Text size="sm">
                {t('conferences.invitees.summary', {
                  yes: count('yes'),
                  maybe: count('maybe'),
                  no: count('no'),
                  none: count('none'),
                  present: invitees.filter((person) => person.checkedInAt !== null).length,
                })}
              </Text>
            </Group>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('conferences.invitees.name')}</Table.Th>
                  <Table.Th>{t('conferences.invitees.outlet')}</Table.Th>
                  <Table.Th>{t('conferences.invitees.invited')}</Table.Th>
                  <Table.Th>{t('conferences.invitees.rsvp')}</Table.Th>
                  <Table.Th>{t('conferences.invitees.present')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitees.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Text size="sm">{person.name ?? t('conferences.erased')}</Text>
                      <Text size="xs" c="dimmed">
                        {person.address}
                      </Text>
                      <AccreditationBadge invitee={person} />
                    </Table.Td>
                    <Table.Td>{person.outlet}</Table.Td>
                    <Table.Td>
                      {person.walkIn ? (
                        <Badge size="sm" variant="outline">
                          {t('conferences.walkIn.badge')}
                        </Badge>
                      ) : person.invitedAt ? (
                        format(person.invitedAt)
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <SegmentedControl
                        size="xs"
                        aria-label={t('conferences.invitees.rsvpOf', { name: person.name ?? '' })}
                        disabled={!mayEdit || person.name === null}
                        value={person.rsvp}
                        onChange={(value) =>
                          setRsvp.mutate(
                            { id: person.id, rsvp: value as RsvpAnswer },
                            { onError: (error) => notifyFailure(t, error) },
                          )
                        }
                        data={rsvpAnswers.map((value) => ({ value, label: t(`conferences.rsvp.${value}`) }))}
                      />
                    </Table.Td>
                    <Table.Td>{person.checkedInAt ? format(person.checkedInAt) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        );
      }}
    </QueryState>
  );
}
