#!/usr/bin/env node
// Reads a results file of bench/run.sh (one JSON object per run) and prints the table of
// medians: Tincan, the Node reference, how many times better Tincan is, the target, met or not.
// Also writes the table next to the results as .tsv.
//   node bench/report.js bench/results/STAMP.jsonl
'use strict';

const fs = require('fs');

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/report.js RESULTS.jsonl');
  process.exit(2);
}
const runs = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const of = (name, server) => runs.filter((r) => r.name === name && r.server === server);
const values = (name, server, key) => of(name, server).map((r) => r[key]);

// metric: [label, scenario, key, unit, higher is better, target, digits, at least this many times the reference]
const metrics = [
  ['Fan-out deliveries/s (1,000 clients, 50 in flight)', 'fanout', 'deliveries_per_s', '/s', true, 400000, 0, 5],
  ['  fan-out delivery latency p99', 'fanout', 'lat_p99_ms', 'ms', false, null, 1],
  ['Latency p99 (1,000 clients, 100 msg/s = 100k deliveries/s)', 'latency', 'lat_p99_ms', 'ms', false, 50, 1],
  ['  latency p50', 'latency', 'lat_p50_ms', 'ms', false, null, 1],
  ['  deliveries/s achieved', 'latency', 'deliveries_per_s', '/s', true, null, 0],
  ['Admission: 1,000 joined', 'admission-1k', 'join_s', 's', false, 1, 2],
  ['Admission: 10,000 joined', 'admission-10k', 'join_s', 's', false, 5, 2],
  // 32 KB: a QWebSocket with its QTcpSocket is about 26 KB before anything else (docs/BENCHMARKS.md).
  ['Memory per idle connection (10,000 joined)', 'admission-10k', 'rss_per_conn_kb', 'KB', false, 32, 1],
  ['Start-up, exec to listening (headless)', 'startup', 'startup_ms', 'ms', false, 150, 1],
];

const format = (value, digits) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a';

// A join time is only a lower bound when the run hit its time limit before everyone joined.
const unfinished = (name, server) =>
  of(name, server).some((r) => typeof r.joined === 'number' && r.joined < r.clients);
const cell = (name, server, key, unit, digits) => {
  const v = median(values(name, server, key));
  if (key === 'join_s' && unfinished(name, server)) {
    const joined = median(values(name, server, 'joined'));
    return `> ${format(v, digits)} ${unit} (${format(joined, 0)} joined)`;
  }
  return `${format(v, digits)} ${unit}`;
};

const rows = [];
for (const [label, name, key, unit, higher, target, digits, minRatio] of metrics) {
  const t = median(values(name, 'tincan', key));
  const r = median(values(name, 'reference', key));
  const ratio = higher ? t / r : r / t;
  const bound = key === 'join_s' && unfinished(name, 'reference') ? '≥ ' : '';
  let met = '';
  if (target !== null && Number.isFinite(t)) met = (higher ? t >= target : t <= target) ? 'met' : 'NOT met';
  if (key === 'join_s' && unfinished(name, 'tincan')) met = 'NOT met';
  if (minRatio && !(ratio >= minRatio)) met = 'NOT met';
  rows.push([
    label,
    cell(name, 'tincan', key, unit, digits),
    cell(name, 'reference', key, unit, digits),
    Number.isFinite(ratio) ? `${bound}${ratio.toFixed(2)}×` : 'n/a',
    target === null ? '' : `${higher ? '≥' : '≤'} ${target.toLocaleString('en-US')} ${unit}${minRatio ? `, ${minRatio}×` : ''}`,
    met,
  ]);
}

const header = ['metric (median of rounds)', 'Tincan', 'Node ws reference', 'Tincan better by', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log('');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

// Integrity and noise: nothing may have been traded for speed, and a busy machine shows here.
const traffic = runs.filter((r) => r.name === 'fanout' || r.name === 'latency');
const bad = runs.filter((r) => r.ok === false && !(r.name === 'admission-10k' && r.server === 'reference' && r.timed_out));
const incomplete = traffic.filter((r) => r.complete === false || r.order_errors > 0 || r.gaps > 0);
const refused = runs.reduce((sum, r) => sum + (r.rate_limited || 0), 0);
const dropped = runs.reduce((sum, r) => sum + (r.unexpected_closes || 0), 0);
const rounds = Math.max(...runs.map((r) => r.round || 0));
console.log('');
console.log(`Rounds: ${rounds}. Runs: ${runs.length}, not ok: ${bad.length}` +
  `${bad.length ? ' (' + bad.map((r) => `${r.name}/${r.server}/round ${r.round}`).join(', ') + ')' : ''}.`);
console.log(`Every acknowledged message reached every client in order: ${incomplete.length === 0 ? 'yes' : 'NO (' + incomplete.length + ' runs)'};` +
  ` rate-limited refusals: ${refused}; clients dropped: ${dropped}.`);
const spread = (name, server, key) => {
  const v = values(name, server, key).filter(Number.isFinite);
  return v.length > 1 ? `${format(Math.min(...v), 0)}–${format(Math.max(...v), 0)}` : 'one run';
};
console.log(`Spread over rounds, fan-out deliveries/s: Tincan ${spread('fanout', 'tincan', 'deliveries_per_s')},` +
  ` reference ${spread('fanout', 'reference', 'deliveries_per_s')}.`);
const others = median(traffic.map((r) => r.others_cpu_pct));
const othersMax = Math.max(...traffic.map((r) => r.others_cpu_pct).filter(Number.isFinite));
console.log(`Other programs' CPU during the measured windows (noise, % of one core): median ${format(others, 0)}, max ${format(othersMax, 0)}.`);
const cpu = (name, server, key) => format(median(values(name, server, key)), 0);
console.log(`CPU in the fan-out window (% of one core): Tincan ${cpu('fanout', 'tincan', 'server_cpu_pct')}` +
  ` (load generator ${cpu('fanout', 'tincan', 'loadgen_cpu_pct')}),` +
  ` reference ${cpu('fanout', 'reference', 'server_cpu_pct')} (load generator ${cpu('fanout', 'reference', 'loadgen_cpu_pct')}).`);
if (unfinished('admission-10k', 'reference'))
  console.log('The reference did not join all 10,000 within the time limit; its join time is a lower bound and its memory per connection is over those it joined.');
console.log('The reference keeps history in memory only; Tincan stores every message to SQLite before it acknowledges and delivers it.');

const tsv = [header.join('\t'), ...rows.map((row) => row.join('\t'))].join('\n') + '\n';
fs.writeFileSync(file.replace(/\.jsonl$/, '') + '.table.tsv', tsv);
