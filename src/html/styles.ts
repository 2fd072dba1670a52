/*
 * The pages' style sheets. Text is near-black on pale backgrounds (contrast above 10:1, WCAG AA
 * asks 4.5:1), and each kind also has its own border pattern, so that kind is not told by
 * colour alone. No fonts are loaded: the reader's own system fonts.
 */

const BASE = `
:root{color-scheme:light;--ink:#111;--muted:#444;--link:#0645ad;--line:#888}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff;margin:0 auto;max-width:70rem;padding:1rem 1.5rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
a{color:var(--link)}
:focus-visible{outline:3px solid #000;outline-offset:2px}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.2rem .4rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600;padding:.2rem 0}
.none,.note,.what{color:var(--muted)}
.meta{color:var(--muted);margin:0}
.messages li.error{font-weight:600}
#tip{position:absolute;z-index:10;max-width:32rem;background:#111;color:#fff;padding:.35rem .55rem;border-radius:4px;font-size:.85rem;white-space:pre-line;pointer-events:none}
`;

const KINDS = `
mark.hl{color:var(--ink);border-radius:2px;padding:0 1px;cursor:help}
mark.hl mark.hl{padding-bottom:3px}
mark.hl mark.hl mark.hl{padding-bottom:6px}
.dates{background:#d6e6ff;border-bottom:2px solid #1a4f9c}
.people{background:#ffe0c2;border-bottom:3px double #9a4a00}
.places{background:#cfeecf;border-bottom:2px dotted #1e6b1e}
.organizations{background:#eadcff;border-bottom:2px dashed #5b2d9e}
.money{background:#fff3a8;text-decoration:underline wavy #7a6200;text-underline-offset:3px;border-bottom:0}
.events{background:#ffd3e0;border:1px solid #a3123f;font-weight:600}
mark.cont{border-left-style:none}
.hide-dates mark.dates,.hide-people mark.people,.hide-places mark.places,.hide-organizations mark.organizations,.hide-money mark.money,.hide-events mark.events{background:transparent;border-color:transparent;text-decoration:none;font-weight:inherit;cursor:text}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;border:1px solid var(--line);padding:.4rem .8rem;position:sticky;top:0;background:#fff;z-index:5}
.legend label{cursor:pointer}
.text{white-space:pre-wrap;line-height:1.9;font-size:1.05rem;max-width:48rem}
.anchor:target::before{content:"▶ ";color:#a3123f}
.timeline{padding-left:1.2rem}.timeline li{margin:.3rem 0}
.when{font-weight:600}.grain{background:#444;color:#fff;border-radius:3px;padding:0 .3rem;font-size:.8rem}
.undated{color:var(--muted)}
svg.map{width:100%;max-width:48rem;height:auto;border:1px solid var(--line)}
.sea{fill:#e8f1fb}.land{fill:#e4e4dc;stroke:#777;stroke-width:.6px;vector-effect:non-scaling-stroke}.land.own{fill:#c7dcc0}
.dot circle{fill:#b0103a;stroke:#fff;stroke-width:1px;vector-effect:non-scaling-stroke}.dot text{fill:#111;paint-order:stroke;stroke:#fff;stroke-width:2px;vector-effect:non-scaling-stroke}
.dot:focus-visible circle{stroke:#000;stroke-width:3px}
`;

const DIFF = `
mark.missing{background:#d6e6ff;border:2px solid #1a4f9c}
mark.added{background:#ffe0c2;border:2px dashed #9a4a00}
mark.changed{background:#d6e6ff;border:2px dashed #9a4a00}
.sign{font-weight:700}
`;

const INDEX = `
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;margin:.5rem 0}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:var(--ink)}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.failed td{background:#fde8e8}
`;

/** The article page's style sheet. */
export const ARTICLE_STYLE = BASE + KINDS;
/** The diff page's: the article's, with the two diff colours. */
export const DIFF_STYLE = BASE + KINDS + DIFF;
/** The batch index's. */
export const INDEX_STYLE = BASE + INDEX;
