// Self-check for the hand-written golden cases: offsets, spans, cross-references, obvious misses.
// Usage: node tests/golden/check-golden.mjs            (all case folders)
//        node tests/golden/check-golden.mjs <caseDir>  (one folder)
// It never runs the extraction pipeline; it only reads input.txt and expected.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const dirs = process.argv[2] ? [process.argv[2]] : fs.readdirSync(here).map(n => path.join(here, n)).filter(p => fs.statSync(p).isDirectory());
let total = 0;
for (const dir of dirs) { console.log('##', path.basename(dir)); total += checkCase(dir); }
process.exitCode = total ? 1 : 0;

function checkCase(dir) {
  const exp = JSON.parse(fs.readFileSync(dir + '/expected.json', 'utf8'));
  const input = fs.readFileSync(dir + '/input.txt', 'utf8');
  let errors = 0;
  const err = (...a) => { errors++; console.log('ERROR', ...a); };
  const warn = (...a) => console.log('warn', ...a);
  if (exp.text !== input) err('text != input.txt');
  const t = exp.text;
  const id = path.basename(path.resolve(dir));
  if (exp.id !== id) err('id', exp.id, id);
  if (exp.source !== `input/${id}.txt`) err('source');
  const chk = (what, o) => {
    if (!Number.isInteger(o.start) || !Number.isInteger(o.end) || o.start < 0 || o.end > t.length || o.start >= o.end) return err(what, 'bad offsets', JSON.stringify(o));
    if (t.slice(o.start, o.end) !== o.text) err(what, JSON.stringify(o.text), '!=', JSON.stringify(t.slice(o.start, o.end)));
    if (/^[\s.,;:'"()-]|[\s,;:'"()-]$/.test(o.text)) err(what, 'untrimmed', JSON.stringify(o.text));
  };
  // dateline
  if (exp.dateline) { const dl = exp.dateline; console.log('dateline:', JSON.stringify(t.slice(dl.start, dl.end))); }
  const keys = ['id','source','text','documentDate','dateline','dates','people','organizations','places','money','events'];
  if (JSON.stringify(Object.keys(exp)) !== JSON.stringify(keys)) err('top keys', Object.keys(exp));
  const grains = new Set('century decade year half quarter season month week day part-of-day hour minute duration set reference'.split(' '));
  let prev = -1;
  for (const x of exp.dates) { chk('date', x); if (!grains.has(x.grain)) err('grain', x.grain); if (!['DATE','TIME','DURATION','SET'].includes(x.type)) err('type', x.type); if (x.start < prev) err('dates order', x.text); prev = x.end; }
  for (const p of exp.people) { let pr = -1; for (const m of p.mentions) { chk('person ' + p.name, m); if (m.start < pr) err('mention order', p.name); pr = m.end; } }
  const kinds = new Set('continent region country admin-region city town village lake river mountain sea other'.split(' '));
  for (const o of exp.organizations ?? []) { let pr = -1; for (const m of o.mentions) { chk('organization ' + o.name, m); if (m.start < pr) err('mention order', o.name); pr = m.end; } }
  for (const p of exp.places) { if (!kinds.has(p.kind)) err('kind', p.kind); let pr = -1; for (const m of p.mentions) { chk('place ' + p.name, m); if (m.start < pr) err('mention order', p.name); pr = m.end; } }
  prev = -1;
  for (const m of exp.money) { chk('money', m); if (m.start < prev) err('money order'); prev = m.end; }
  // overlapping mentions across people/places
  const all = [];
  for (const p of exp.people) for (const m of p.mentions) all.push(['person', p.name, m]);
  for (const p of exp.places) for (const m of p.mentions) all.push(['place', p.name, m]);
  for (const o of exp.organizations ?? []) for (const m of o.mentions) all.push(['organization', o.name, m]);
  all.sort((a, b) => a[2].start - b[2].start);
  for (let i = 1; i < all.length; i++) if (all[i][2].start < all[i - 1][2].end) err('overlap', all[i - 1][1], all[i][1]);
  const placeNames = new Set(exp.places.map(p => p.name));
  const personNames = new Set(exp.people.map(p => p.name));
  const types = new Set('meeting visit talks summit signing agreement establishment election appointment taking-office trade investment acquisition announcement other'.split(' '));
  const dateVals = new Set(exp.dates.map(x => x.value));
  prev = -1;
  exp.events.forEach((e, i) => {
    if (e.id !== 'e' + (i + 1)) err('event id', e.id);
    if (!types.has(e.type)) err('event type', e.type);
    chk('trigger ' + e.id, e.trigger);
    if (e.trigger.start < prev) err('event order', e.id); prev = e.trigger.start;
    if (!(e.start <= e.trigger.start && e.trigger.end <= e.end)) err('trigger outside sentence', e.id);
    const s = t.slice(e.start, e.end);
    if (!/[.!?"]$/.test(s) || /^\s/.test(s)) warn('sentence edges', e.id, JSON.stringify(s.slice(0, 30)), JSON.stringify(s.slice(-10)));
    if ((e.date === null) !== (e.dateText === null)) err('date/dateText null mismatch', e.id);
    if (e.date && !dateVals.has(e.date)) err('event date not among date values', e.id, e.date);
    if (e.dateText) { const dt = exp.dates.find(x => x.text === e.dateText && x.value === e.date); if (!dt) err('dateText not a date item', e.id, e.dateText); }
    for (const p of e.places) if (!placeNames.has(p)) err('event place unknown', e.id, p);
    for (const p of e.participants) if (!personNames.has(p) && !placeNames.has(p)) warn('participant is org', e.id, p);
    for (const a of e.amounts) if (!exp.money.some(m => m.amount === a.amount && m.currency === a.currency && m.start >= e.start && m.end <= e.end)) err('amount not in sentence money', e.id, JSON.stringify(a));
    console.log(e.id, e.type.padEnd(13), JSON.stringify(e.trigger.text).padEnd(16), String(e.date).padEnd(22), e.participants.join('; '), '|', e.places.join('; '), '|', e.amounts.map(a => a.amount + ' ' + a.currency).join('; '));
  });
  // completeness hints: every word-bounded occurrence of a place name / person token must be a mention
  const covered = (st, en, list) => list.some(m => m.start <= st && en <= m.end);
  for (const p of exp.places) {
    const forms = new Set(p.mentions.map(m => m.text));
    for (const f of forms) { const re = new RegExp('(?<![\\p{L}\\p{N}-])' + f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(?![\\p{L}\\p{N}])', 'gu'); let m; while ((m = re.exec(t))) if (!covered(m.index, m.index + f.length, p.mentions)) warn('uncovered occurrence of place form', JSON.stringify(f), 'at', m.index, JSON.stringify(t.slice(m.index - 20, m.index + f.length + 20))); }
  }
  for (const p of exp.people) {
    const toks = new Set(p.name.split(' ').concat(p.mentions.map(m => m.text)));
    for (const f of toks) { const re = new RegExp('(?<![\\p{L}])' + f + '(?![\\p{L}])', 'gu'); let m; while ((m = re.exec(t))) if (!covered(m.index, m.index + f.length, p.mentions)) warn('uncovered person token', JSON.stringify(f), 'at', m.index); }
  }
  const curRe = /[$€£¥]\s?\d|\d[\d.,]*\s*(?:million|billion)?\s*(?:euros?|pounds?|yen|rubles?|roubles?|dollars?)\b/giu;
  let m; while ((m = curRe.exec(t))) if (!exp.money.some(x => x.start <= m.index + 1 && m.index < x.end)) warn('money-like text not covered', JSON.stringify(t.slice(m.index, m.index + 25)));
  const yrRe = /\b(1[89]|20)\d\d\b/g;
  while ((m = yrRe.exec(t))) if (!exp.dates.some(x => x.start <= m.index && m.index + 4 <= x.end)) warn('year not covered by a date', m[0], 'at', m.index);
  console.log(errors ? `${errors} ERRORS` : 'OK: all offsets and cross-references check');
  return errors;
}
