import { test } from 'vitest';
import { worldMap, jurisdictionCentroid } from '../../src/lib/charts/world-map.ts';
test('sizes', () => {
  const m = worldMap(960);
  console.log(m.width, m.height, m.land.length, m.borders.length, m.outline(['AT','FR','DE']).length);
  for (const c of ['KR','CN','US','EU','EEA','AT','FR','NO','SG','JP','AU','ID','HK']) console.log(c, jurisdictionCentroid(c), m.point(c));
});
