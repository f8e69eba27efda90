/**
 * The flow map's inset: the part of the map where labels crowd (Europe, with the EU, the EEA and
 * their members nearly on one spot) enlarged in a box of its own, so that each jurisdiction there
 * is labelled and its arrows can be told apart, on a phone too. Pure: nodes and arcs in map
 * units in, the same drawn at the inset's scale out.
 */
import { arcShape, NODE_RADIUS, placeLabels, type NodeLabel } from './flow-map.ts';
import type { FlowRoute } from './flow-routes.ts';
import type { Point } from './world-map.ts';

/**
 * The inset's box in its own units (about a pixel each on a phone, where it fills the width);
 * labels, nodes and arrows keep these sizes whatever the enlargement.
 */
export const INSET = { width: 360, height: 240, fontSize: 13, arcScale: 0.5 };
/** Crowded nodes closer than this (map units) are one cluster; the inset shows the largest. */
const CLUSTER_GAP = 120;
/** Room around the cluster, in map units, so its labels and arrowheads fit. */
const PAD = 18;
/** An enlargement below this is not worth a second picture; above the maximum, the map's outlines get coarse. */
const MIN_SCALE = 1.6;
const MAX_SCALE = 6;

const round = (value: number) => Math.round(value * 10) / 10;

export interface InsetInput {
  nodes: { code: string; x: number; y: number }[];
  /** Codes of the nodes whose label found no free spot on the map. */
  crowded: string[];
  arcs: { route: FlowRoute; ends: [Point, Point]; control: Point; width: number }[];
  /** Node codes, busiest first: they choose their label spot first (as on the map). */
  order: string[];
}

export interface FlowInset {
  /** The part of the map enlarged, in map units (the map draws it as a frame). */
  box: { x: number; y: number; width: number; height: number };
  scale: number;
  /** SVG transform drawing the map's own outlines at the inset's scale. */
  transform: string;
  nodes: { code: string; x: number; y: number; label: NodeLabel }[];
  arcs: { route: FlowRoute; d: string; head: string; width: number }[];
}

/** Groups points whose chain of neighbours is closer than `gap` (single linkage); each group sorted, groups in input order. */
export function clusters(points: { code: string; x: number; y: number }[], gap: number): string[][] {
  const groups: { code: string; x: number; y: number }[][] = [];
  for (const point of points) {
    const near = groups.filter((g) => g.some((p) => Math.hypot(p.x - point.x, p.y - point.y) < gap));
    const merged = [...near.flat(), point];
    for (const g of near) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.map((g) => g.map((p) => p.code).sort());
}

/** The inset for the biggest cluster of crowded labels, or undefined when no label is crowded (or enlarging would not help). */
export function layoutInset({ nodes, crowded, arcs, order }: InsetInput): FlowInset | undefined {
  const crowdedNodes = nodes.filter((n) => crowded.includes(n.code));
  if (crowdedNodes.length === 0) return undefined;
  // Most crowded labels first; a tie goes to the cluster whose first code comes first.
  const [cluster] = clusters(crowdedNodes, CLUSTER_GAP).sort((a, b) => b.length - a.length || a[0].localeCompare(b[0], 'en'));
  const members = nodes.filter((n) => cluster.includes(n.code));
  const [x0, x1] = [Math.min(...members.map((n) => n.x)) - PAD, Math.max(...members.map((n) => n.x)) + PAD];
  const [y0, y1] = [Math.min(...members.map((n) => n.y)) - PAD, Math.max(...members.map((n) => n.y)) + PAD];
  const scale = round(Math.min(MAX_SCALE, INSET.width / (x1 - x0), INSET.height / (y1 - y0)));
  if (scale < MIN_SCALE) return undefined;
  // The box keeps the inset's proportions, centred on the cluster.
  const [width, height] = [INSET.width / scale, INSET.height / scale];
  const box = { x: round((x0 + x1 - width) / 2), y: round((y0 + y1 - height) / 2), width: round(width), height: round(height) };
  const at = ([x, y]: Point): Point => [round((x - box.x) * scale), round((y - box.y) * scale)];
  const inside = ([x, y]: Point) => x >= NODE_RADIUS && x <= INSET.width - NODE_RADIUS && y >= NODE_RADIUS && y <= INSET.height - NODE_RADIUS;
  const shown = nodes.map((n) => ({ code: n.code, at: at([n.x, n.y]) })).filter((n) => inside(n.at));
  const rank = (code: string) => order.indexOf(code);
  const labels = placeLabels([...shown].sort((a, b) => rank(a.code) - rank(b.code)), INSET.fontSize, INSET);
  return {
    box,
    scale,
    transform: `matrix(${scale} 0 0 ${scale} ${round(-box.x * scale)} ${round(-box.y * scale)})`,
    nodes: shown.map((n) => ({ code: n.code, x: n.at[0], y: n.at[1], label: labels.get(n.code)! })),
    // Every arc with an end in the inset, bent as on the map (its control point moves with it); the box clips the rest.
    arcs: arcs
      .filter((arc) => arc.ends.some((end) => inside(at(end))))
      .map((arc) => {
        const width = round(Math.max(1, arc.width * INSET.arcScale));
        return { route: arc.route, width, ...arcShape(at(arc.ends[0]), at(arc.control), at(arc.ends[1]), width) };
      }),
  };
}
