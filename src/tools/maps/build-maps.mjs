// Builds the map resources the portal reads (src/main/resources/maps) from Natural Earth's
// 1:50m admin-0 countries as the npm package world-atlas ships them, once, at development time:
//   cd /tmp && npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0 && (extract both)
//   node src/tools/maps/build-maps.mjs <world-atlas/package> <i18n-iso-countries/package>
// Each map is projected here (equirectangular, see MapProjection.java for the same formulas),
// simplified to 0.6 units, rounded to whole units, and written as one SVG path per country, keyed by ISO 3166-1 alpha-2.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [atlasDir, isoDir] = process.argv.slice(2);
const out = join(dirname(fileURLToPath(import.meta.url)), '../../src/main/resources/maps');
const topology = JSON.parse(readFileSync(join(atlasDir, 'countries-50m.json'), 'utf8'));
const alpha2 = new Map(JSON.parse(readFileSync(join(isoDir, 'codes.json'), 'utf8')).map((c) => [c[2], c[0]]));

// Natural Earth draws the two special administrative regions as countries of their own.
const partOf = new Map([['HK', 'CN'], ['MO', 'CN']]);
const names = new Map([['CN', 'China']]);

// TopoJSON arcs are quantized and delta-encoded.
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
const arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
});

function ringPoints(indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

function polygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.arcs.map(ringPoints)];
  if (geometry.type === 'MultiPolygon') return geometry.arcs.map((p) => p.map(ringPoints));
  return [];
}

function projection(p) {
  const k = Math.cos((p.standardParallel * Math.PI) / 180) * p.scale;
  return ([lon, lat]) => [(lon - p.west) * k, (p.north - lat) * p.scale];
}

// Douglas-Peucker on a closed ring, keeping at least its first and middle points.
function simplify(points, tolerance) {
  const keep = new Uint8Array(points.length);
  const stack = [[0, points.length - 1]];
  keep[0] = keep[points.length - 1] = 1;
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = distance(points[i], points[a], points[b]);
      if (d > worst) [worst, at] = [d, i];
    }
    if (at >= 0 && (worst > tolerance || (a === 0 && b === points.length - 1))) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function distance([x, y], [x1, y1], [x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  return length === 0 ? Math.hypot(x - x1, y - y1) : Math.abs(dy * x - dx * y + x2 * y1 - y2 * x1) / length;
}

// Sutherland-Hodgman against the map's rectangle, for what reaches beyond it.
function clip(points, width, height) {
  const edges = [
    [(p) => p[0] >= 0, (a, b) => cut(a, b, 0, (p) => p[0])],
    [(p) => p[0] <= width, (a, b) => cut(a, b, width, (p) => p[0])],
    [(p) => p[1] >= 0, (a, b) => cut(a, b, 0, (p) => p[1])],
    [(p) => p[1] <= height, (a, b) => cut(a, b, height, (p) => p[1])],
  ];
  let result = points;
  for (const [inside, intersect] of edges) {
    const input = result;
    result = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i];
      const previous = input[(i + input.length - 1) % input.length];
      if (inside(current)) {
        if (!inside(previous)) result.push(intersect(previous, current));
        result.push(current);
      } else if (inside(previous)) {
        result.push(intersect(previous, current));
      }
    }
    if (!result.length) return result;
  }
  return result;
}

function cut(a, b, value, axis) {
  const t = (value - axis(a)) / (axis(b) - axis(a));
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

const round = (v) => Math.round(v * 10) / 10;
const whole = (v) => Math.round(v);

// Relative commands between whole units: short, and exact since the differences are of rounded values.
function path(rings) {
  let d = '';
  let last = [0, 0];
  for (const ring of rings) {
    const points = ring.map(([x, y]) => [whole(x), whole(y)]).filter((q, i, all) => i === 0 || q[0] !== all[i - 1][0] || q[1] !== all[i - 1][1]);
    points.forEach(([x, y], i) => {
      d += (i === 0 ? (d ? 'm' : 'M') : i === 1 ? 'l' : ' ') + (x - last[0]) + ' ' + (y - last[1]);
      last = [x, y];
    });
    d += 'z';
    last = points[0];
  }
  return d.replace(/ -/g, '-');
}

function area(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  }
  return Math.abs(sum / 2);
}

// A ring that crosses the antimeridian is unbroken east of it and drawn again 360 degrees west;
// clipping keeps what falls in the frame of each copy.
function copies(ring) {
  if (!ring.some((q, i) => i > 0 && Math.abs(q[0] - ring[i - 1][0]) > 180)) return [ring];
  const east = ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
  return [east, east.map(([lon, lat]) => [lon - 360, lat])];
}

function build(p, { only, markers, minArea }) {
  const project = projection(p);
  const rows = new Map();
  for (const geometry of topology.objects.countries.geometries) {
    const code = partOf.get(alpha2.get(geometry.id)) ?? alpha2.get(geometry.id);
    if (!code || (only && !only(code, geometry))) continue;
    const rings = [];
    let largest = null;
    for (const polygon of polygons(geometry)) {
      for (const lonLat of polygon) {
        for (let ring of copies(lonLat).map((copy) => copy.map(project))) {
          if (!largest || area(ring) > area(largest)) largest = ring;
          ring = clip(simplify(ring.slice(0, -1), 0.6), p.width, p.height);
          if (ring.length >= 3 && area(ring) >= minArea) rings.push(ring);
        }
      }
    }
    const name = names.get(code) ?? geometry.properties.name;
    if (rings.length) {
      const row = rows.get(code);
      rows.set(code, [code, name, (row ? row[2] + ' ' : '') + path(rings)]);
    } else if (largest && markers && !rows.has(code)) {
      // Too small to draw at this scale: a marker at its largest part's centre.
      const xs = largest.map((q) => q[0]);
      const ys = largest.map((q) => q[1]);
      rows.set(code, [code, name, `@${round((Math.min(...xs) + Math.max(...xs)) / 2)} ${round((Math.min(...ys) + Math.max(...ys)) / 2)}`]);
    }
  }
  return [...rows.values()].sort((a, b) => a[0].localeCompare(b[0]));
}

function write(file, p, rows, description) {
  const header = [
    `# ${description}`,
    '# Natural Earth 1:50m admin-0 countries (public domain), via the npm package world-atlas 2.0.2 (ISC);',
    '# built by src/tools/maps/build-maps.mjs. Lines: code<TAB>name<TAB>SVG path, or @x y for a marker.',
    `projection\t${p.west}\t${p.north}\t${p.standardParallel}\t${p.scale}\t${p.width}\t${p.height}`,
  ];
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, file), header.concat(rows.map((r) => r.join('\t'))).join('\n') + '\n');
}

function sized(p, east, south) {
  const k = Math.cos((p.standardParallel * Math.PI) / 180);
  return { ...p, width: round((east - p.west) * k * p.scale), height: round((p.north - south) * p.scale) };
}

// World: plate carree without Antarctica, 1000 units wide.
const world = sized({ west: -180, north: 84, standardParallel: 0, scale: 1000 / 360 }, 180, -57);
write('world.tsv', world, build(world, { only: (code) => code !== 'AQ', markers: true, minArea: 0.5 }),
  'The world, equirectangular (plate carree), west 180W, north 84N.');

// China with its neighbours cut at the frame, standard parallel 35N so that China keeps its shape.
const china = sized({ west: 72, north: 55, standardParallel: 35, scale: 12.5 }, 137, 16);
write('countries/CN.tsv', china, build(china, { minArea: 2 }),
  'China and the countries in its frame, equirectangular with standard parallel 35N, west 72E, north 55N.');
