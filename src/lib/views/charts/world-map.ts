/**
 * The world as the flow map draws it: Natural Earth outlines (world-atlas, 1:110m so the
 * inline SVG stays small), projected with Equal Earth, and a point for every jurisdiction
 * (a country's main landmass centroid; a bloc's centroid over its members).
 */
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import atlas110 from 'world-atlas/countries-110m.json' with { type: 'json' };
// 1:50m only for countries too small for 1:110m (Singapore, Hong Kong, Malta): centroids, never outlines.
import atlas50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import { blocMembers } from './regions.ts';

type Country = Feature<Polygon | MultiPolygon, { name: string }>;
/** world-atlas's shape: one collection of country (multi)polygons, with ISO numeric ids. */
type Atlas = Topology<{ countries: { type: 'GeometryCollection'; geometries: (TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>)[] } }>;

/** Antarctica (ISO numeric 010) is left out: no case involves it and it would take a fifth of the height. */
const LEFT_OUT = new Set(['010']);
/** Coordinates in the SVG keep one decimal: enough at this scale, and half the bytes. */
const DIGITS = 1;
/** Share of the 1:110m points the outlines keep (the most significant, by Visvalingam area): the map stays ~30 kB. */
const KEEP = 0.35;

export type Point = [number, number];

export interface WorldMap {
  width: number;
  height: number;
  /** Coastlines of every country but Antarctica, as one path. */
  land: string;
  /** Borders between countries, each drawn once. */
  borders: string;
  /** The merged outline of some countries (a bloc, a focused country), or '' when none is on the 1:110m map. */
  outline: (alpha2: readonly string[]) => string;
  /** Where a jurisdiction sits on the map, or undefined when no atlas knows it. */
  point: (code: string) => Point | undefined;
}

const round = (value: number) => Math.round(value * 10 ** DIGITS) / 10 ** DIGITS;

/** ISO 3166-1 numeric id of an atlas feature → alpha-2 (world-atlas leaves disputed areas without an id). */
const alpha2 = (id: string | number | undefined) => (id === undefined ? undefined : countries.numericToAlpha2(String(id)));

function byAlpha2(atlas: Atlas): Map<string, Country> {
  const collection = feature(atlas, atlas.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const result = new Map<string, Country>();
  for (const country of collection.features) {
    const code = alpha2(country.id);
    if (code && !LEFT_OUT.has(String(country.id))) result.set(code, country);
  }
  return result;
}

/** The largest polygon of a country: its centroid is where readers look for it (the US without Alaska, France without Guiana). */
export function mainland(country: Country): Feature<Polygon> {
  const { geometry } = country;
  const polygons: Polygon[] = geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = polygons.reduce((best, polygon) => (geoArea(polygon) > geoArea(best) ? polygon : best));
  return { type: 'Feature', properties: {}, geometry: largest };
}

let small: Map<string, Country> | undefined;
let large: Map<string, Country> | undefined;
const atlases = () => {
  small ??= byAlpha2(atlas110 as unknown as Atlas);
  large ??= byAlpha2(atlas50 as unknown as Atlas);
  return { small, large };
};

/** Longitude and latitude of a jurisdiction: a country's mainland centroid, or the centroid of a bloc's members' mainlands. */
export function jurisdictionCentroid(code: string): Point | undefined {
  const { small, large } = atlases();
  const members = blocMembers(code) ?? [code];
  const lands = members.flatMap((member) => {
    const country = small.get(member) ?? large.get(member);
    return country ? [mainland(country)] : [];
  });
  if (lands.length === 0) return undefined;
  return geoCentroid({ type: 'FeatureCollection', features: lands }) as Point;
}

const cache = new Map<number, WorldMap>();

/** The projected world map at a given width (memoised: every page of a build shares it). */
export function worldMap(width: number): WorldMap {
  const cached = cache.get(width);
  if (cached) return cached;
  const detailed = presimplify(atlas110 as unknown as Atlas);
  const topology = simplify(detailed, quantile(detailed, KEEP)) as Atlas;
  const kept = topology.objects.countries.geometries.filter((g) => !LEFT_OUT.has(String(g.id)));
  const landShape = merge(topology, kept);
  const projection = geoEqualEarth().fitWidth(width, landShape);
  const path = geoPath(projection).digits(DIGITS);
  const [, [, bottom]] = path.bounds(landShape);
  const numericOf = new Map(kept.flatMap((g) => {
    const code = alpha2(g.id);
    return code ? [[code, g] as const] : [];
  }));
  const map: WorldMap = {
    width,
    height: Math.ceil(bottom),
    land: path(landShape) ?? '',
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
    outline: (codes) => {
      const geometries = codes.flatMap((code) => numericOf.get(code) ?? []);
      return geometries.length ? (path(merge(topology, geometries)) ?? '') : '';
    },
    point: (code) => {
      const centroid = jurisdictionCentroid(code);
      const projected = centroid && projection(centroid);
      return projected ? [round(projected[0]), round(projected[1])] : undefined;
    },
  };
  cache.set(width, map);
  return map;
}
