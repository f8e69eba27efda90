import { describe, expect, test } from 'vitest';
import { createSchedule, type Clock } from '../../../../src/cli/sources-check/schedule.ts';

/** Time that passes only when the schedule sleeps, so spacing is exact and nothing waits for real. */
function virtualClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createSchedule', () => {
  test('starts a request to a host only the delay after the previous one to it ended', async () => {
    const clock = virtualClock();
    const schedule = createSchedule({ concurrency: 4, hostDelayMs: 1000, clock });
    const spans: { start: number; end: number }[] = [];
    const task = async () => {
      const start = clock.now();
      await clock.sleep(250); // the request itself takes a while
      spans.push({ start, end: clock.now() });
    };
    await Promise.all([schedule('a.example', task), schedule('a.example', task), schedule('a.example', task)]);
    expect(spans).toHaveLength(3);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start - spans[i - 1].end).toBeGreaterThanOrEqual(1000);
  });

  test('does not delay the first request to each host', async () => {
    const clock = virtualClock();
    const schedule = createSchedule({ concurrency: 4, hostDelayMs: 1000, clock });
    await Promise.all(['a.example', 'b.example', 'c.example'].map((host) => schedule(host, async () => host)));
    expect(clock.sleeps).toEqual([]);
  });

  test('sends one request at a time to a host, even with slots free', async () => {
    const schedule = createSchedule({ concurrency: 4, hostDelayMs: 0, clock: virtualClock() });
    const first = deferred();
    const started: string[] = [];
    const one = schedule('a.example', async () => {
      started.push('first');
      await first.promise;
    });
    const two = schedule('a.example', async () => {
      started.push('second');
    });
    await settle();
    expect(started).toEqual(['first']);
    first.resolve();
    await Promise.all([one, two]);
    expect(started).toEqual(['first', 'second']);
  });

  test('runs at most `concurrency` requests at once over all hosts', async () => {
    const schedule = createSchedule({ concurrency: 2, hostDelayMs: 0, clock: virtualClock() });
    const gates = Array.from({ length: 5 }, deferred);
    let running = 0;
    let most = 0;
    const all = gates.map((gate, i) =>
      schedule(`host-${i}.example`, async () => {
        running++;
        most = Math.max(most, running);
        await gate.promise;
        running--;
      }),
    );
    await settle();
    expect(running).toBe(2);
    for (const gate of gates) {
      gate.resolve();
      await settle();
      expect(running).toBeLessThanOrEqual(2);
    }
    await Promise.all(all);
    expect(most).toBe(2);
  });

  test('goes on with a host after a request to it failed, and passes the failure to its caller', async () => {
    const schedule = createSchedule({ concurrency: 1, hostDelayMs: 0, clock: virtualClock() });
    const failed = schedule('a.example', async () => {
      throw new Error('no answer');
    });
    const next = schedule('a.example', async () => 'answered');
    await expect(failed).rejects.toThrow('no answer');
    await expect(next).resolves.toBe('answered');
  });

  test('refuses a concurrency below one', () => {
    expect(() => createSchedule({ concurrency: 0, hostDelayMs: 0 })).toThrow(RangeError);
  });
});
