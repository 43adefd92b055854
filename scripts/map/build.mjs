// Builds the site's offline map of Kazakhstan into ONE simplified GeoJSON file:
//   - the country outline from Natural Earth 1:10m (public domain), as npm's world-atlas ships it;
//   - the current regions (placetype "region") of Who's On First's Kazakhstan admin repository,
//     with their names in English, Russian and Kazakh and their Wikidata IDs.
// Usage (see docs/map.md):
//   npm ci
//   node build.mjs /path/to/whosonfirst-data-admin-kz/.git [output file]
// The WOF repository is read through git (ls-tree and cat-file), so a bare clone is enough; the
// commit read is written into the output. The build and CI never run this script: its output is
// committed.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import mapshaper from 'mapshaper';

const require = createRequire(import.meta.url);
const wofGitDir = process.argv[2];
const output = process.argv[3] ?? new URL('../../src/main/resources/map/kazakhstan.geojson', import.meta.url).pathname;
if (!wofGitDir) {
  console.error('usage: node build.mjs WOF_GIT_DIR [OUTPUT]');
  process.exit(2);
}

// Simplification: Visvalingam (mapshaper's default), keeping this share of the vertices, then
// coordinates rounded to 0.01° (about 1 km, far below a pixel of a 600-pixel-wide map).
const COUNTRY_KEEP = '6%';
const REGIONS_KEEP = '2%';
const PRECISION = 0.01;

// What WOF gets wrong for what the record is: "Almaty City" carries the Russian name and the
// Wikidata ID (Q186466) of the surrounding Almaty Region (the city is Q35493); "Astana" carries
// its 2019-2022 Russian name Nur-Sultan as the preferred one.
const CORRECTIONS = {
  85672937: { ru: 'Алматы', kk: 'Алматы', wikidata: 'Q35493' },
  85672941: { ru: 'Астана' },
};

function git(...args) {
  return execFileSync('git', ['--git-dir', wofGitDir, ...args], { maxBuffer: 1 << 30 });
}

function wofRegions() {
  const commit = git('rev-parse', 'HEAD').toString().trim();
  const blobs = git('ls-tree', '-r', 'HEAD', 'data').toString().split('\n')
    .filter((line) => line.endsWith('.geojson') && !line.includes('-alt'))
    .map((line) => line.split(/\s+/)[2]);
  const batch = spawnSync('git', ['--git-dir', wofGitDir, 'cat-file', '--batch'], { input: blobs.join('\n') + '\n', maxBuffer: 1 << 30 });
  const out = batch.stdout;
  const features = [];
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(10, at);
    const size = Number(out.subarray(at, newline).toString().split(' ')[2]);
    const body = out.subarray(newline + 1, newline + 1 + size);
    at = newline + 1 + size + 1;
    if (!body.includes('"wof:placetype":"region"'))
      continue;
    const record = JSON.parse(body.toString('utf8'));
    const p = record.properties;
    if (p['mz:is_current'] !== 1 || p['iso:country'] !== 'KZ' || (p['wof:superseded_by'] ?? []).length > 0)
      continue;
    const correction = CORRECTIONS[p['wof:id']] ?? {};
    features.push({
      type: 'Feature',
      properties: {
        kind: 'region',
        wof: p['wof:id'],
        wikidata: correction.wikidata ?? p['wof:concordances']?.['wd:id'] ?? null,
        name_en: p['wof:name'],
        name_ru: correction.ru ?? first(p['name:rus_x_preferred']),
        name_kk: correction.kk ?? cyrillic([...(p['name:kaz_x_preferred'] ?? []), ...(p['name:kaz_x_variant'] ?? [])]),
        label: [round(p['lbl:longitude'] ?? p['geom:longitude']), round(p['lbl:latitude'] ?? p['geom:latitude'])],
      },
      geometry: record.geometry,
    });
  }
  features.sort((a, b) => a.properties.wof - b.properties.wof);
  return { commit, features };
}

function first(values) {
  return values && values.length ? values[0] : null;
}

// The Kazakh Cyrillic name, "... облысы" (region) or "... қаласы" (city) first, skipping the
// mis-encoded forms (Ќ, ґ, є for Қ, ө, ғ) some records carry; else the first name given.
function cyrillic(values) {
  const clean = values.filter((v) => /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(v) && !/[Ќќґє"]/.test(v));
  return clean.find((v) => / (облысы|қаласы)$/.test(v)) ?? clean[0] ?? first(values);
}

function round(value) {
  return Number(value.toFixed(2));
}

async function simplify(name, geojson, keep, filter) {
  const input = { [name]: JSON.stringify(geojson) };
  const commands = `-i ${name} ${filter ?? ''} -simplify ${keep} keep-shapes -o out.json format=geojson precision=${PRECISION}`;
  const result = await mapshaper.applyCommands(commands, input);
  return JSON.parse(result['out.json']);
}

const atlasFile = require.resolve('world-atlas/countries-10m.json');
const atlasVersion = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'))).version;
const countries = await mapshaper.applyCommands(`-i countries.json -target countries -filter 'name === "Kazakhstan"' -o out.json format=geojson`,
  { 'countries.json': readFileSync(atlasFile, 'utf8') });
const country = await simplify('country.json', JSON.parse(countries['out.json']), COUNTRY_KEEP);
country.features.forEach((f) => { f.properties = { kind: 'country', name_en: 'Kazakhstan', name_ru: 'Казахстан', name_kk: 'Қазақстан' }; });

const wof = wofRegions();
const regions = await simplify('regions.json', { type: 'FeatureCollection', features: wof.features }, REGIONS_KEEP);

const map = {
  type: 'FeatureCollection',
  attribution: {
    country: `Natural Earth 1:10m admin-0 countries (public domain), from world-atlas ${atlasVersion}`,
    regions: `Who's On First, whosonfirst-data-admin-kz at commit ${wof.commit}: current records of placetype region`,
    wofLicence: 'https://github.com/whosonfirst-data/whosonfirst-data-admin-kz/blob/master/LICENSE.md',
  },
  features: [...country.features, ...regions.features],
};
writeFileSync(output, JSON.stringify(map) + '\n');
console.log(`${output}: ${regions.features.length} regions, ${statSync(output).size} bytes`);
