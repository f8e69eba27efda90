import { test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
test('sizes', () => {
  for (const q of [1, 0.7, 0.5, 0.35]) {
    let t: any = presimplify(structuredClone(atlas) as any);
    if (q < 1) t = simplify(t, quantile(t, 1 - q));
    const kept = t.objects.countries.geometries.filter((g: any) => g.id !== '010');
    const land = merge(t, kept);
    const p = geoPath(geoEqualEarth().fitWidth(960, land)).digits(1);
    const d = p(land)! + p(mesh(t, t.objects.countries, (a: any, b: any) => a !== b))!;
    console.log(q, d.length, gzipSync(d).length);
  }
});
