import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SiagaApi } from '../../../shared/ipc/api';
import { fail, ok } from '../../../shared/ipc/result';
import { ApiProvider } from './ApiContext';
import { useChannelMutation } from './channelQueries';

/** A transport whose answers wait until the test lets them go, as a slow office server would. */
function heldApi(answer: 'ok' | 'fail') {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const api: SiagaApi = {
    invoke: (async () => {
      await held;
      return answer === 'ok' ? ok({ agencyName: 'Diskominfo Sleman' }) : fail('CONFLICT', 'changed meanwhile');
    }) as unknown as SiagaApi['invoke'],
    on: () => () => undefined,
  };
  return { api, release };
}

/** A form that saves, then is taken off the screen before the answer comes (its own change's event did that). */
function Saver({ onSaved, onFailed }: { onSaved: () => void; onFailed: (message: string) => void }) {
  const save = useChannelMutation('office.update');
  return (
    <button
      onClick={() => save.mutate({} as never, { onSuccess: onSaved, onError: (error) => onFailed(error.message) })}
    >
      save
    </button>
  );
}

function Page(props: { onSaved: () => void; onFailed: (message: string) => void }) {
  const [shown, setShown] = useState(true);
  return (
    <>
      {shown && <Saver {...props} />}
      <button onClick={() => setShown(false)}>remount</button>
    </>
  );
}

async function saveThenUnmount(answer: 'ok' | 'fail') {
  const { api, release } = heldApi(answer);
  const said: string[] = [];
  render(
    <ApiProvider api={api}>
      <QueryClientProvider client={new QueryClient()}>
        <Page onSaved={() => said.push('saved')} onFailed={(message) => said.push(`failed: ${message}`)} />
      </QueryClientProvider>
    </ApiProvider>,
  );
  act(() => screen.getByRole('button', { name: 'save' }).click());
  act(() => screen.getByRole('button', { name: 'remount' }).click());
  expect(screen.queryByRole('button', { name: 'save' })).toBeNull();
  await act(async () => {
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return said;
}

describe('useChannelMutation', () => {
  it("runs the caller's onSuccess even when the caller left the screen before the answer", async () => {
    expect(await saveThenUnmount('ok')).toEqual(['saved']);
  });

  it("runs the caller's onError then too", async () => {
    expect(await saveThenUnmount('fail')).toEqual(['failed: changed meanwhile']);
  });
});
