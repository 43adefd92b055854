// Runs every example query (queries/examples/*.rq) against another SPARQL store holding the release dump and
// compares each answer with the expected result next to the query (NAME.srj, the answer our engine gives:
// ExampleQueriesTest checks that). Why: a user who loads our dump into Oxigraph or Virtuoso must get the
// same answers from our example queries; this script is the evidence, and CI runs it.
//
//   node compare.js --examples DIR --known known-differences.json --oxigraph DUMP.nq
//   node compare.js --examples DIR --known known-differences.json --endpoint virtuoso=http://127.0.0.1:8890/sparql
//
// Rules of comparison (see docs/scaling.md):
//  - SELECT: the same variables; the same rows as a multiset, or, when the query has ORDER BY, the same rows
//    in the same order, where rows whose ORDER BY keys tie may come in any order among themselves.
//  - ASK: the same boolean.
//  - Terms: IRIs exactly; literals by lexical form, datatype and language tag (tags compared case-insensitively,
//    as BCP 47 says); a plain literal equals the same xsd:string literal (RDF 1.1); numbers of the same
//    datatype by value (a store may write "1.0"^^xsd:decimal as "1"); blank nodes by a consistent one-to-one
//    renaming.
//  - A difference is explained only if known-differences.json names the store and the query with a reason;
//    a listed difference that no longer occurs is reported too, so that the list stays true.
// Exit code 0 only when nothing unexplained happened. The closing line is "compare-stores: N passed, M failed".
'use strict';
const fs = require('fs');
const path = require('path');

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const INTEGER_TYPES = new Set(['integer', 'int', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger',
  'nonPositiveInteger', 'negativeInteger', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte']
  .map((t) => XSD + t));

function parseArgs(argv) {
  const opts = { stores: [], examples: null, known: null, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--examples') opts.examples = next();
    else if (a === '--known') opts.known = next();
    else if (a === '--only') opts.only = new Set(next().split(','));
    else if (a === '--oxigraph') opts.stores.push({ name: 'oxigraph', dump: next() });
    else if (a === '--endpoint') {
      const v = next();
      const eq = v.indexOf('=');
      if (eq < 1) throw new Error('--endpoint takes NAME=URL');
      opts.stores.push({ name: v.slice(0, eq), url: v.slice(eq + 1) });
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.examples || opts.stores.length === 0) throw new Error('need --examples DIR and at least one --oxigraph or --endpoint');
  return opts;
}

// ---- stores ---------------------------------------------------------------------------------------------

function oxigraphStore(dump) {
  const ox = require('oxigraph');
  const store = new ox.Store();
  const t0 = process.hrtime.bigint();
  const format = /\.nq$/.test(dump) ? 'application/n-quads' : /\.trig$/.test(dump) ? 'application/trig'
    : /\.nt$/.test(dump) ? 'application/n-triples' : 'text/turtle';
  store.load(fs.readFileSync(dump, 'utf8'), { format });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  console.error(`oxigraph: loaded ${store.size} quads from ${dump} in ${secs.toFixed(2)} s`);
  return {
    // Our server answers over the union of the dump's graphs (TDB2 unionDefaultGraph, the in-memory
    // store loads them merged); Oxigraph's default graph is its own graph unless asked for the union.
    run: async (query) => JSON.parse(store.query(query, {
      use_default_graph_as_union: true, results_format: 'application/sparql-results+json',
    })),
  };
}

function endpointStore(url) {
  return {
    run: async (query) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
        body: new URLSearchParams({ query }).toString(),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
      return JSON.parse(text);
    },
  };
}

// ---- terms ----------------------------------------------------------------------------------------------

function canonicalDecimal(s) {
  let t = s.trim();
  let sign = '';
  if (t[0] === '+' || t[0] === '-') { sign = t[0] === '-' ? '-' : ''; t = t.slice(1); }
  let [int, frac = ''] = t.split('.');
  int = int.replace(/^0+/, '') || '0';
  frac = frac.replace(/0+$/, '');
  const out = frac ? `${int}.${frac}` : int;
  return out === '0' ? '0' : sign + out;
}

/** A string key for a term that equal terms share; blank nodes are handled by the row matcher. */
function termKey(t) {
  if (t === undefined) return '-';
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return '_:';
  const lang = t['xml:lang'];
  if (lang) return `"${t.value}"@${lang.toLowerCase()}`;
  const dt = t.datatype || XSD + 'string';
  if (INTEGER_TYPES.has(dt) && /^[+-]?\d+$/.test(t.value.trim())) return `"${BigInt(t.value.trim())}"^^<${dt}>`;
  if (dt === XSD + 'decimal' && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t.value.trim())) return `"${canonicalDecimal(t.value)}"^^<${dt}>`;
  if ((dt === XSD + 'double' || dt === XSD + 'float') && !Number.isNaN(Number(t.value))) return `"${Number(t.value)}"^^<${dt}>`;
  if (dt === XSD + 'boolean') return `"${t.value === '1' || t.value === 'true'}"^^<${dt}>`;
  return `"${t.value}"^^<${dt}>`;
}

function rowKeys(vars, row) { return vars.map((v) => termKey(row[v])); }

function showTerm(t) {
  if (t === undefined) return '-';
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return `_:${t.value}`;
  if (t['xml:lang']) return `"${t.value}"@${t['xml:lang']}`;
  return t.datatype ? `"${t.value}"^^<${t.datatype}>` : `"${t.value}"`;
}

function showRow(vars, row) { return vars.map((v) => `${v}=${showTerm(row[v])}`).join('  '); }

// ---- ORDER BY ties --------------------------------------------------------------------------------------

/**
 * The ORDER BY keys of a query when each is a plain variable (ASC/DESC allowed), else null. Rows whose keys are
 * all equal may come in any order (SPARQL leaves it open), so the ordered comparison sorts within such runs.
 */
function orderKeys(query) {
  const body = query.replace(/#[^\n]*/g, ' ');
  const m = /ORDER\s+BY\s+([\s\S]*?)(?:\bLIMIT\b|\bOFFSET\b|$)/i.exec(body);
  if (!m) return null;
  const keys = [];
  const re = /\s*(?:(ASC|DESC)\s*\(\s*\?(\w+)\s*\)|\?(\w+))/gy;
  let k;
  let consumed = 0;
  while ((k = re.exec(m[1])) !== null) { keys.push(k[2] || k[3]); consumed = re.lastIndex; }
  if (m[1].slice(consumed).trim() !== '') return null; // an expression: only strict order can be checked
  return keys;
}

function hasOrderBy(query) { return /ORDER\s+BY/i.test(query.replace(/#[^\n]*/g, ' ')); }

/** Sorts rows inside each run of equal ORDER BY keys, so that two stores' tie-breaking does not count. */
function normaliseTies(vars, rows, keys) {
  if (!keys) return rows;
  const out = [];
  let i = 0;
  while (i < rows.length) {
    const tie = keys.map((k) => termKey(rows[i][k])).join('\u0000');
    let j = i + 1;
    while (j < rows.length && keys.map((k) => termKey(rows[j][k])).join('\u0000') === tie) j++;
    out.push(...rows.slice(i, j).sort((a, b) => rowKeys(vars, a).join('\u0000').localeCompare(rowKeys(vars, b).join('\u0000'))));
    i = j;
  }
  return out;
}

// ---- comparison -----------------------------------------------------------------------------------------

/** Returns a list of human-readable differences (empty when the answers agree). */
function compare(query, expected, actual) {
  if ('boolean' in expected) {
    if (!('boolean' in actual)) return ['expected an ASK answer, got a result table'];
    return expected.boolean === actual.boolean ? [] : [`ASK: expected ${expected.boolean}, got ${actual.boolean}`];
  }
  if (!actual.results) return ['expected a result table, got an ASK answer'];
  const vars = expected.head.vars;
  const gotVars = actual.head.vars || [];
  if (vars.join(' ') !== gotVars.join(' ')) return [`variables: expected ${vars.join(' ')}, got ${gotVars.join(' ')}`];
  let exp = expected.results.bindings;
  let act = actual.results.bindings;
  const diffs = [];
  if (exp.length !== act.length) diffs.push(`rows: expected ${exp.length}, got ${act.length}`);
  const ordered = hasOrderBy(query);
  if (ordered) {
    const keys = orderKeys(query);
    exp = normaliseTies(vars, exp, keys);
    act = normaliseTies(vars, act, keys);
    const n = Math.max(exp.length, act.length);
    const bn = new BlankMatcher();
    for (let i = 0; i < n && diffs.length < 12; i++) {
      if (i >= exp.length) diffs.push(`row ${i + 1}: unexpected ${showRow(vars, act[i])}`);
      else if (i >= act.length) diffs.push(`row ${i + 1}: missing ${showRow(vars, exp[i])}`);
      else if (!bn.rowsEqual(vars, exp[i], act[i])) diffs.push(`row ${i + 1}: expected ${showRow(vars, exp[i])}\n          got ${showRow(vars, act[i])}`);
    }
    return diffs;
  }
  // Multiset: match each expected row with an equal actual row.
  const pool = new Map();
  for (const r of act) {
    const k = rowKeys(vars, r).join('\u0000');
    if (!pool.has(k)) pool.set(k, []);
    pool.get(k).push(r);
  }
  const bn = new BlankMatcher();
  for (const r of exp) {
    const k = rowKeys(vars, r).join('\u0000');
    const candidates = pool.get(k);
    const idx = candidates ? candidates.findIndex((c) => bn.rowsEqual(vars, r, c)) : -1;
    if (idx < 0) { if (diffs.length < 12) diffs.push(`missing ${showRow(vars, r)}`); continue; }
    candidates.splice(idx, 1);
  }
  for (const rest of pool.values()) for (const r of rest) if (diffs.length < 12) diffs.push(`unexpected ${showRow(vars, r)}`);
  return diffs;
}

/** Blank nodes are equal when a consistent one-to-one renaming maps the expected ones to the actual ones. */
class BlankMatcher {
  constructor() { this.forward = new Map(); this.backward = new Map(); }

  rowsEqual(vars, e, a) {
    const added = [];
    for (const v of vars) {
      const x = e[v];
      const y = a[v];
      if (termKey(x) !== termKey(y)) { this.undo(added); return false; }
      if (x && x.type === 'bnode') {
        const f = this.forward.get(x.value);
        const b = this.backward.get(y.value);
        if (f === undefined && b === undefined) {
          this.forward.set(x.value, y.value); this.backward.set(y.value, x.value); added.push(x.value);
        } else if (f !== y.value || b !== x.value) { this.undo(added); return false; }
      }
    }
    return true;
  }

  undo(added) {
    for (const x of added) { this.backward.delete(this.forward.get(x)); this.forward.delete(x); }
  }
}

// ---- main -----------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const known = opts.known ? JSON.parse(fs.readFileSync(opts.known, 'utf8')).differences || [] : [];
  const files = fs.readdirSync(opts.examples).filter((f) => f.endsWith('.rq')).sort()
    .filter((f) => !opts.only || opts.only.has(f.replace(/\.rq$/, '')));
  if (files.length === 0) throw new Error(`no *.rq in ${opts.examples}`);
  let passed = 0;
  let failed = 0;
  for (const s of opts.stores) {
    const store = s.dump ? oxigraphStore(s.dump) : endpointStore(s.url);
    for (const f of files) {
      const name = f.replace(/\.rq$/, '');
      const query = fs.readFileSync(path.join(opts.examples, f), 'utf8');
      const srj = path.join(opts.examples, `${name}.srj`);
      const explained = known.find((k) => k.store === s.name && k.query === name);
      let diffs;
      try {
        if (!fs.existsSync(srj)) throw new Error(`no expected result ${name}.srj`);
        const expected = JSON.parse(fs.readFileSync(srj, 'utf8'));
        diffs = compare(query, expected, await store.run(query));
      } catch (e) {
        diffs = [`error: ${String(e.message || e).split('\n')[0]}`];
      }
      if (diffs.length === 0 && !explained) {
        passed++;
        console.log(`ok    ${s.name} ${name}`);
      } else if (diffs.length > 0 && explained) {
        passed++;
        console.log(`known ${s.name} ${name}: ${explained.reason}`);
        for (const d of diffs) console.log(`        ${d}`);
      } else if (diffs.length === 0) {
        failed++;
        console.log(`FAIL  ${s.name} ${name}: listed in ${path.basename(opts.known)} as a known difference but the answers now agree; remove the entry`);
      } else {
        failed++;
        console.log(`FAIL  ${s.name} ${name}`);
        for (const d of diffs) console.log(`        ${d}`);
      }
    }
  }
  console.log(`compare-stores: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(`compare-stores: ${e.message || e}`);
  console.log('compare-stores: 0 passed, 1 failed');
  process.exitCode = 2;
});
