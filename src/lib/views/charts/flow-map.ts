/**
 * The flow map's geometry: one arc per route from exporting to importing jurisdiction,
 * as wide as its number of cases, with an arrowhead at the importing end; one labelled
 * node per jurisdiction. Pure: it takes the routes and a projected world map.
 */
import { scaleLinear } from 'd3-scale';
import { jurisdictionName } from '../../model/jurisdictions.ts';
import type { FlowRoute } from './flow-routes.ts';
import type { Point, WorldMap } from './world-map.ts';

export const NODE_RADIUS = 4;
/** Arc width (in map units) of the route with the most cases; others in proportion. */
export const MAX_ARC_WIDTH = 8;
const MIN_ARC_WIDTH = 1;
/** Nodes closer than this are pushed apart (EU, EEA and Austria nearly share a centroid). */
const MIN_NODE_GAP = 14;
/** How far an arc bends from the straight line, as a share of its length. */
const BEND = 0.2;

const round = (value: number) => Math.round(value * 10) / 10;
const fmt = ([x, y]: Point) => `${round(x)},${round(y)}`;

export interface ArcGeometry {
  /** The curve, from the edge of the origin's node to the base of the arrowhead. */
  d: string;
  /** The arrowhead, a triangle whose tip touches the destination's node. */
  head: string;
  /** The curve's control point (bulge side), kept for tests. */
  control: Point;
}

/**
 * A quadratic arc from `a` to `b`, bent to the left of the direction of travel, so the two
 * directions between the same places never overlap; flipped when the bend would leave the map.
 */
export function arcGeometry(a: Point, b: Point, width: number, bounds: { width: number; height: number }): ArcGeometry {
  const control = bendControl(a, b, bounds);
  return { ...arcShape(a, control, b, width), control };
}

/** The control point of the arc from `a` to `b`: to the left of the direction of travel, or to the right when the left would leave the map. */
export function bendControl(a: Point, b: Point, bounds: { width: number; height: number }): Point {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy) || 1;
  const normal: Point = [dy / length, -dx / length];
  const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const offset = length * BEND;
  const control: Point = [mid[0] + normal[0] * offset, mid[1] + normal[1] * offset];
  // The curve's peak lies halfway to the control point; keep it on the map.
  const peak: Point = [(mid[0] + control[0]) / 2, (mid[1] + control[1]) / 2];
  if (peak[0] < 0 || peak[0] > bounds.width || peak[1] < 0 || peak[1] > bounds.height) return [mid[0] - normal[0] * offset, mid[1] - normal[1] * offset];
  return control;
}

/** The path of an arc through `control` and its arrowhead, `width` wide, leaving and reaching the nodes' edges. */
export function arcShape(a: Point, control: Point, b: Point, width: number): { d: string; head: string } {
  const unit = (from: Point, to: Point): Point => {
    const l = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1;
    return [(to[0] - from[0]) / l, (to[1] - from[1]) / l];
  };
  const out = unit(a, control);
  const into = unit(control, b);
  const headLength = 5 + width * 1.5;
  const headHalf = 2.5 + width;
  const start: Point = [a[0] + out[0] * (NODE_RADIUS + 1), a[1] + out[1] * (NODE_RADIUS + 1)];
  const tip: Point = [b[0] - into[0] * (NODE_RADIUS + 1), b[1] - into[1] * (NODE_RADIUS + 1)];
  const base: Point = [tip[0] - into[0] * headLength, tip[1] - into[1] * headLength];
  const side: Point = [into[1] * headHalf, -into[0] * headHalf];
  return {
    d: `M${fmt(start)}Q${fmt(control)} ${fmt(base)}`,
    head: `M${fmt(tip)}L${fmt([base[0] + side[0], base[1] + side[1]])}L${fmt([base[0] - side[0], base[1] - side[1]])}Z`,
  };
}

/** A straight arrow of a given width for the legend, drawn like the arcs, in an 80 × 24 box. */
export function legendArrow(width: number): { d: string; head: string } {
  const headLength = 5 + width * 1.5;
  const headHalf = 2.5 + width;
  const base = 78 - headLength;
  return { d: `M2,12H${round(base)}`, head: `M78,12L${round(base)},${round(12 - headHalf)}V${round(12 + headHalf)}Z` };
}

/** Pushes nodes that nearly coincide apart, a few deterministic rounds; the data table keeps the exact ends. */
export function spreadNodes(points: Map<string, Point>): Map<string, Point> {
  const codes = [...points.keys()].sort();
  const moved = new Map(codes.map((code) => [code, [...points.get(code)!] as Point]));
  for (let round = 0; round < 20; round++) {
    let changed = false;
    for (const [i, a] of codes.entries()) {
      for (const b of codes.slice(i + 1)) {
        const p = moved.get(a)!;
        const q = moved.get(b)!;
        const distance = Math.hypot(q[0] - p[0], q[1] - p[1]);
        if (distance >= MIN_NODE_GAP) continue;
        // Same spot: part them along the line from the first code to the second, alphabetically.
        const [ux, uy] = distance > 0 ? [(q[0] - p[0]) / distance, (q[1] - p[1]) / distance] : [0, 1];
        const push = (MIN_NODE_GAP - distance) / 2;
        moved.set(a, [p[0] - ux * push, p[1] - uy * push]);
        moved.set(b, [q[0] + ux * push, q[1] + uy * push]);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return new Map([...moved].map(([code, [x, y]]) => [code, [round(x), round(y)] as Point]));
}

interface Box { x0: number; y0: number; x1: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A label's anchor point; `dy` (in em) puts the text beside it whatever the font size the page sets. */
export interface NodeLabel { x: number; y: number; dy: string; anchor: 'start' | 'middle' | 'end'; /** False when no spot was free: the page may hide it. */ free: boolean }

/**
 * Places each code label beside its node: right, left, above, below or diagonally, near then farther,
 * the first spot that covers no other label or node and stays on the map, in the order
 * given (busiest first keeps the best spots). Widths are estimated: 0.7 em a letter.
 */
export function placeLabels(nodes: { code: string; at: Point }[], fontSize: number, bounds: { width: number; height: number }): Map<string, NodeLabel> {
  const pad = fontSize * 0.15;
  const taken: Box[] = nodes.map(({ at: [x, y] }) => ({ x0: x - NODE_RADIUS, y0: y - NODE_RADIUS, x1: x + NODE_RADIUS, y1: y + NODE_RADIUS }));
  const placed = new Map<string, NodeLabel>();
  for (const { code, at: [x, y] } of nodes) {
    const w = code.length * fontSize * 0.7;
    const h = fontSize;
    const candidates = [1, 2, 3].flatMap((far) => {
      const gap = (NODE_RADIUS + 2) * far;
      const side = (x0: number, anchor: 'start' | 'end', dy: number) => {
        const left = anchor === 'start' ? x0 : x0 - w;
        return { x: x0, y: y + dy, dy: '.35em', anchor, box: { x0: left, y0: y + dy - h / 2, x1: left + w, y1: y + dy + h / 2 } };
      };
      return [
        side(x + gap, 'start', 0),
        side(x - gap, 'end', 0),
        { x, y: y - gap, dy: '0', anchor: 'middle' as const, box: { x0: x - w / 2, y0: y - gap - h * 0.8, x1: x + w / 2, y1: y - gap } },
        { x, y: y + gap, dy: '.8em', anchor: 'middle' as const, box: { x0: x - w / 2, y0: y + gap, x1: x + w / 2, y1: y + gap + h * 0.8 } },
        // Diagonals: beside the node, half a line up or down.
        side(x + gap, 'start', -h * 0.6),
        side(x + gap, 'start', h * 0.6),
        side(x - gap, 'end', -h * 0.6),
        side(x - gap, 'end', h * 0.6),
      ];
    });
    const padded = (b: Box): Box => ({ x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad });
    const inside = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= bounds.width && b.y1 <= bounds.height;
    const free = candidates.find((c) => inside(c.box) && !taken.some((t) => overlaps(t, padded(c.box))));
    const chosen = free ?? candidates.find((c) => inside(c.box)) ?? candidates[0];
    taken.push(chosen.box);
    placed.set(code, { x: round(chosen.x), y: round(chosen.y), dy: chosen.dy, anchor: chosen.anchor, free: free !== undefined });
  }
  return placed;
}

export interface FlowArc {
  route: FlowRoute;
  cases: number;
  /** Straight-line distance between the ends: shorter arcs go on top of the pointer layer. */
  length: number;
  width: number;
  d: string;
  head: string;
  /** Where it leaves and arrives, and its control point: the inset redraws it from these. */
  ends: [Point, Point];
  control: Point;
}
export interface FlowNode {
  code: string;
  name: string;
  x: number;
  y: number;
  /** Label placed for a wide map and for a narrow one (larger letters, so fewer fit). */
  labels: { wide: NodeLabel; narrow: NodeLabel };
  focus: boolean;
}

/**
 * Lays out routes on a map: arc widths on one linear scale from 0 (so width is proportional
 * to cases, with a 1-unit floor to stay visible), shared by every page via `maxCases`.
 */
export function layoutFlows(routes: readonly FlowRoute[], map: WorldMap, options: { maxCases: number; focus?: string; fontSizes: { wide: number; narrow: number } }) {
  const width = scaleLinear().domain([0, Math.max(options.maxCases, 1)]).range([0, MAX_ARC_WIDTH]);
  const codes = [...new Set(routes.flatMap((r) => [r.from, r.to]))].sort();
  const located = new Map(codes.flatMap((code) => {
    const point = map.point(code);
    return point ? [[code, point] as const] : [];
  }));
  const points = spreadNodes(located);
  const drawn = routes.filter((r) => points.has(r.from) && points.has(r.to));
  const arcs: FlowArc[] = drawn.map((route) => {
    const w = round(Math.max(MIN_ARC_WIDTH, width(route.caseIds.length)));
    const [a, b] = [points.get(route.from)!, points.get(route.to)!];
    return { route, cases: route.caseIds.length, length: round(Math.hypot(b[0] - a[0], b[1] - a[1])), width: w, ends: [a, b], ...arcGeometry(a, b, w, map) };
  });
  // Busiest nodes choose their label spot first; the focused jurisdiction before all.
  const weight = (code: string) => (code === options.focus ? Infinity : drawn.filter((r) => r.from === code || r.to === code).reduce((s, r) => s + r.caseIds.length, 0));
  const order = [...points.keys()].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b, 'en'));
  const place = (size: number) => placeLabels(order.map((code) => ({ code, at: points.get(code)! })), size, map);
  const [wide, narrow] = [place(options.fontSizes.wide), place(options.fontSizes.narrow)];
  const nodes: FlowNode[] = [...points].map(([code, [x, y]]) => ({
    code,
    name: jurisdictionName(code),
    x,
    y,
    labels: { wide: wide.get(code)!, narrow: narrow.get(code)! },
    focus: code === options.focus,
  }));
  return {
    arcs,
    nodes,
    /** Node codes, busiest first (the order labels chose their spots in). */
    order,
    /** Jurisdictions no atlas places: their routes are in the table only. */
    unplaced: codes.filter((code) => !points.has(code)),
    legend: [1, options.maxCases].filter((n, i, all) => all.indexOf(n) === i && n > 0).map((cases) => ({ cases, width: round(Math.max(MIN_ARC_WIDTH, width(cases))) })),
  };
}
