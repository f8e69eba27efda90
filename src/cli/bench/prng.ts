/**
 * A small seeded pseudo-random generator (mulberry32) for the benchmark's synthetic
 * content: the same seed gives the same content tree on every machine and Node version.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Skewed pick: low indices far more often (a few entities appear in many cases, as in real data). */
  skewed<T>(items: readonly T[], power?: number): T;
  /** `count` distinct items (fewer when the list is shorter). */
  some<T>(items: readonly T[], count: number, pickOne?: (items: readonly T[]) => T): T[];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    skewed: (items, power = 2.2) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.min(items.length - 1, Math.floor(items.length * next() ** power))];
    },
    some: (items, count, pickOne = random.pick) => {
      const chosen = new Set<(typeof items)[number]>();
      const wanted = Math.min(count, items.length); // callers pass lists of distinct items
      // Bounded: a skewed picker may take a while to reach rare items, so fall back to a plain pick.
      for (let tries = 0; chosen.size < wanted && tries < wanted * 50; tries++) chosen.add(pickOne(items));
      for (const item of items) {
        if (chosen.size >= wanted) break;
        chosen.add(item);
      }
      return [...chosen];
    },
  };
  return random;
}
