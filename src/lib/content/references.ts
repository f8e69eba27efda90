/**
 * Every cross-reference of the content model, as a table: where it is written and
 * which collection it must name. The validator walks it; nothing else lists them.
 */
export type Target = 'cases' | 'firms' | 'regulators' | 'people' | 'laws' | 'data-categories';

export interface ReferenceField {
  /** `flows[].data[]`: `[]` walks every item of a list. */
  path: string;
  target: Target;
}

export const REFERENCE_FIELDS: Record<'cases' | 'firms', ReferenceField[]> = {
  cases: [
    { path: 'flows[].exporter', target: 'firms' },
    { path: 'flows[].importer', target: 'firms' },
    { path: 'flows[].data[]', target: 'data-categories' },
    { path: 'flows[].established[].by.firm', target: 'firms' },
    { path: 'flows[].established[].by.regulator', target: 'regulators' },
    { path: 'flows[].established[].by.person', target: 'people' },
    { path: 'parties[].firm', target: 'firms' },
    { path: 'regulators[].regulator', target: 'regulators' },
    { path: 'positions[].by.firm', target: 'firms' },
    { path: 'positions[].by.regulator', target: 'regulators' },
    { path: 'positions[].by.person', target: 'people' },
    { path: 'penalties[].authority', target: 'regulators' },
    { path: 'penalties[].target', target: 'firms' },
    { path: 'penalties[].person', target: 'people' },
    { path: 'penalties[].standing[].by', target: 'regulators' },
    { path: 'provisions[].law', target: 'laws' },
    { path: 'quotes[].person', target: 'people' },
    { path: 'related[]', target: 'cases' },
  ],
  firms: [{ path: 'parent', target: 'firms' }],
};

/** Yields every string value at a table path, with its concrete path: `['flows', 0, 'data', 1]`. */
export function* valuesAt(data: unknown, path: string): Generator<[string, (string | number)[]]> {
  const steps = path.split('.');
  function* walk(value: unknown, i: number, at: (string | number)[]): Generator<[string, (string | number)[]]> {
    if (i === steps.length) {
      if (typeof value === 'string') yield [value, at];
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const step = steps[i];
    const isList = step.endsWith('[]');
    const key = isList ? step.slice(0, -2) : step;
    const child = (value as Record<string, unknown>)[key];
    if (!isList) {
      yield* walk(child, i + 1, [...at, key]);
    } else if (Array.isArray(child)) {
      for (const [index, item] of child.entries()) yield* walk(item, i + 1, [...at, key, index]);
    }
  }
  yield* walk(data, 0, []);
}
