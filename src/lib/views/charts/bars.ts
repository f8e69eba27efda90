/**
 * Geometry of the /stats/ charts: labelled horizontal bars, and columns stacked by key.
 * Scales from d3-scale, stacking from d3-shape; the SVG itself is written in .astro.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';

const round = (value: number) => Math.round(value * 10) / 10;

export interface BarInput {
  label: string;
  value: number;
  /** The value as readers say it ("KRW 5.97 billion", "3 cases"). */
  valueText: string;
  href?: string;
}

const BAR = { row: 36, labelY: 13, barY: 18, bar: 13, charWidth: 6.6 };

/**
 * One row per item: the label on top, the bar below it on a scale from 0 to the largest value,
 * the value after the bar, or inside its end when the bar leaves no room.
 */
export function horizontalBars(items: BarInput[], width = 360) {
  const x = scaleLinear().domain([0, Math.max(...items.map((i) => i.value), 1)]).range([0, width]);
  return {
    width,
    height: items.length * BAR.row + 4,
    bars: items.map((item, i) => {
      const top = i * BAR.row;
      const length = round(Math.max(x(item.value), 1));
      const inside = length + 6 + item.valueText.length * BAR.charWidth > width;
      return {
        ...item,
        labelY: top + BAR.labelY,
        /** The whole row, where a pointer follows the item's link. */
        hit: { x: 0, y: top, width, height: BAR.row },
        y: top + BAR.barY,
        width: length,
        height: BAR.bar,
        value: { x: inside ? length - 5 : length + 5, y: top + BAR.barY + BAR.bar / 2, inside },
      };
    }),
  };
}

export interface StackRow {
  key: string;
  counts: Record<string, number>;
}

/** Columns (one per row key, e.g. a year) of segments stacked in `keys` order, with integer count ticks. */
export function stackedColumns(rows: StackRow[], keys: readonly string[], size = { width: 400, height: 220 }) {
  const margin = { top: 10, right: 6, bottom: 24, left: 30 };
  const x = scaleBand().domain(rows.map((r) => r.key)).range([margin.left, size.width - margin.right]).padding(0.2);
  const total = Math.max(...rows.map((r) => keys.reduce((sum, k) => sum + (r.counts[k] ?? 0), 0)), 1);
  const y = scaleLinear().domain([0, total]).nice().range([size.height - margin.bottom, margin.top]);
  const series = stack<StackRow, string>().keys(keys).value((row, key) => row.counts[key] ?? 0)(rows);
  // Label every column while they are wide enough for a year, else every other one from the first.
  const every = x.bandwidth() / (1 - 0.2) >= 34 ? 1 : 2;
  return {
    ...size,
    baseline: `M${margin.left},${y(0)}H${size.width - margin.right}`,
    yTicks: y.ticks(Math.min(total, 5)).filter(Number.isInteger).map((value) => ({ value, y: round(y(value)), line: `M${margin.left},${round(y(value))}H${size.width - margin.right}` })),
    yLabelX: margin.left - 6,
    xLabels: rows.flatMap((r, i) => (i % every === 0 ? [{ label: r.key, x: round(x(r.key)! + x.bandwidth() / 2), y: size.height - 8 }] : [])),
    segments: series.flatMap((s) =>
      s.filter(([y0, y1]) => y1 > y0).map((point) => ({
        key: s.key,
        column: point.data.key,
        value: point[1] - point[0],
        x: round(x(point.data.key)!),
        y: round(y(point[1])),
        width: round(x.bandwidth()),
        height: round(y(point[0]) - y(point[1])),
      })),
    ),
  };
}
