/**
 * One shape per kind of timeline event, so kinds differ by shape, never by colour alone.
 * Shapes come from d3-shape's symbol set; "other" is the only outlined one.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTimes, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { TimelineEvent } from '../../content/schema/case.ts';

export type EventKind = TimelineEvent['kind'];

export const KIND_SYMBOLS: Record<EventKind, { type: SymbolType; name: string; outlined?: boolean }> = {
  report: { type: symbolCircle, name: 'circle' },
  investigation: { type: symbolDiamond, name: 'diamond' },
  sanction: { type: symbolSquare, name: 'square' },
  ruling: { type: symbolTriangle, name: 'triangle' },
  statement: { type: symbolWye, name: 'three-armed star' },
  agreement: { type: symbolCross, name: 'plus' },
  transfer: { type: symbolStar, name: 'star' },
  other: { type: symbolTimes, name: 'cross', outlined: true },
};

/** SVG path data of a kind's shape, centred on 0,0; `size` is its area in square units. */
export function eventSymbol(kind: EventKind, size = 110): string {
  return symbol(KIND_SYMBOLS[kind].type, size).digits(1)() ?? '';
}
