import { printable } from '../../../shared/controlCharacters';
import { newFeedSchema, type NewFeed } from '../../../shared/ipc/feeds';
import { withCore, commandDeps } from '../cliCore';
import type { StorePlace } from '../storePlace';
import { commandLineActor } from '../../core/kernel/context';
import { CoreError } from '../../core/kernel/errors';
import { addFeed, listFeeds } from '../../core/feeds/feedRepository';
import { pollFeed } from '../../core/feeds/pollFeed';
import { appVersion } from '../../core/appVersion';
import { CommandFailed, UsageError, type CliIo } from '../io';

export interface FeedsOptions {
  json?: boolean | undefined;
  kind?: string | undefined;
  name?: string | undefined;
  url?: string | undefined;
  interval?: string | undefined;
  outlet?: string | undefined;
}

/**
 * `siaga feeds list|add|poll`: the office's feeds and their health, a new subscription, and a
 * poll now (one feed by id, or every active feed) — the same reading and recording the app does.
 */
export async function feedsCommand(
  place: StorePlace,
  action: string | undefined,
  target: string | undefined,
  options: FeedsOptions,
  io: CliIo,
): Promise<void> {
  if (action !== 'list' && action !== 'add' && action !== 'poll')
    throw new UsageError('feeds needs one of: list, add, poll');
  if (action !== 'poll' && target !== undefined) throw new UsageError(`Unexpected argument: ${target}`);
  let input: NewFeed | undefined;
  if (action === 'add') {
    const parsed = newFeedSchema.safeParse({
      kind: options.kind,
      name: options.name,
      url: options.url,
      outletId: options.outlet ?? null,
      intervalMinutes: options.interval === undefined ? 5 : Number(options.interval),
    });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `--${flagOf(String(issue.path[0]))}: ${issue.message}`);
      throw new UsageError(`feeds add needs --kind bmkg_quake|cap|news --name TEXT --url URL: ${problems.join('; ')}`);
    }
    input = parsed.data;
  }
  await withCore(place, async (core) => {
    const db = core.store.connection.db;
    const deps = commandDeps(core);
    if (input) {
      const id = await deps
        .write(commandLineActor, (w) => addFeed(w, input))
        .catch((error: unknown) => {
          if (error instanceof CoreError)
            throw new CommandFailed(`${error.message} (${String(error.details?.reason ?? error.code)})`);
          throw error;
        });
      io.out(id);
      return;
    }
    const feeds = await listFeeds(db);
    if (action === 'list') {
      if (options.json) io.out(JSON.stringify(feeds, null, 2));
      else
        for (const feed of feeds) {
          const health = feed.lastError
            ? `error:${feed.lastError} (${feed.failures}x)`
            : feed.lastSuccessAt
              ? 'ok'
              : 'new';
          io.out(
            [
              feed.id,
              feed.kind.padEnd(10),
              health.padEnd(24),
              String(feed.signals).padStart(6),
              printable(feed.name),
              feed.url,
            ].join('  '),
          );
        }
      return;
    }
    const chosen = target ? feeds.filter((feed) => feed.id === target) : feeds.filter((feed) => feed.active);
    if (target && chosen.length === 0) throw new CommandFailed(`No feed ${target}`);
    let failed = 0;
    const results = [];
    for (const feed of chosen) {
      const result = await pollFeed(
        { db, write: deps.write, now: deps.now, userAgent: `Siaga/${appVersion}` },
        feed.id,
      );
      results.push({ name: feed.name, ...result });
      if (result.outcome === 'failed') failed += 1;
      if (!options.json)
        io.out(
          `${feed.id}  ${result.outcome.padEnd(9)}  ${result.error ?? `${result.newSignals} new, ${result.matched} matched, ${result.pickedUp} pickup`}  ${printable(feed.name)}`,
        );
    }
    if (options.json) io.out(JSON.stringify(results, null, 2));
    if (failed > 0) throw new CommandFailed(`${failed} of ${chosen.length} feeds failed`);
  });
}

const flagOf = (field: string) => ({ intervalMinutes: 'interval', outletId: 'outlet' })[field] ?? field;
