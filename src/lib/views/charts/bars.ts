/**
 * Geometry of the /stats/ charts: labelled horizontal bars, and columns stacked by key.
 * Scales from d3-scale, stacking from d3-shape; the SVG itself is written in .astro.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { wrapLines } from './text-lines.ts';

const round = (value: number) => Math.round(value * 10) / 10;

export interface BarInput {
  label: string;
  value: number;
  /** The value as readers say it ("KRW 5.97 billion", "3 cases"). */
  valueText: string;
  href?: string;
}

/** A row's units: its label's first line (12 units, ~6.6 a character), each further line, the bar below. */
const BAR = { row: 36, labelY: 13, line: 15, barY: 18, bar: 13, charWidth: 6.6, maxLines: 3 };

/**
 * One row per item: the label on top (on more lines when it is longer than the width), the bar
 * below it on a scale from 0 to the largest value, the value after the bar, or inside its end
 * when the bar leaves no room.
 */
export function horizontalBars(items: BarInput[], width = 360) {
  const x = scaleLinear().domain([0, Math.max(...items.map((i) => i.value), 1)]).range([0, width]);
  const labels = items.map((item) => wrapLines(item.label, Math.floor(width / BAR.charWidth), BAR.maxLines));
  const tops = labels.map((_, i) => labels.slice(0, i).reduce((sum, lines) => sum + BAR.row + (lines.length - 1) * BAR.line, 0));
  const height = tops.length ? tops.at(-1)! + BAR.row + (labels.at(-1)!.length - 1) * BAR.line + 4 : 4;
  return {
    width,
    height,
    bars: items.map((item, i) => {
      const extra = (labels[i].length - 1) * BAR.line;
      const top = tops[i];
      const length = round(Math.max(x(item.value), 1));
      const inside = length + 6 + item.valueText.length * BAR.charWidth > width;
      return {
        ...item,
        labelLines: labels[i].map((value, k) => ({ y: top + BAR.labelY + k * BAR.line, value })),
        /** The whole row, where a pointer follows the item's link. */
        hit: { x: 0, y: top, width, height: BAR.row + extra },
        y: top + extra + BAR.barY,
        width: length,
        height: BAR.bar,
        value: { x: inside ? length - 5 : length + 5, y: top + extra + BAR.barY + BAR.bar / 2, inside },
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
