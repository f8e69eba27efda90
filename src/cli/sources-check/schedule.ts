/**
 * Politeness for a link check: at most `concurrency` requests at once over all hosts, and to
 * any one host one request at a time, each starting at least `hostDelayMs` after the previous
 * one to that host ended. A host's waiting requests hold no slot, so other hosts go on meanwhile.
 */

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface ScheduleOptions {
  concurrency: number;
  hostDelayMs: number;
  clock?: Clock;
}

export type Schedule = <T>(host: string, task: () => Promise<T>) => Promise<T>;

export function createSchedule({ concurrency, hostDelayMs, clock = realClock }: ScheduleOptions): Schedule {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number >= 1, got ${concurrency}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished request hands its slot straight to the next waiting one, so none can slip in between.
  const slot = async () => {
    if (running < concurrency) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  /** Per host: the end of the queue (settled when its last request is done) and when that request ended. */
  const queues = new Map<string, Promise<unknown>>();
  const lastEnded = new Map<string, number>();

  return <T>(host: string, task: () => Promise<T>): Promise<T> => {
    const turn = (queues.get(host) ?? Promise.resolve()).then(async () => {
      const ended = lastEnded.get(host);
      const wait = ended === undefined ? 0 : ended + hostDelayMs - clock.now();
      if (wait > 0) await clock.sleep(wait);
      await slot();
      try {
        return await task();
      } finally {
        lastEnded.set(host, clock.now());
        release();
      }
    });
    // The queue goes on after a failed request; the caller sees the failure.
    queues.set(host, turn.catch(() => undefined));
    return turn;
  };
}
