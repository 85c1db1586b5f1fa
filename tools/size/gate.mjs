// `npm run size`: prints raw/gzip/brotli figures of the bundles and fails when one is over its gate.
// Gates (brotli quality 11, in bytes): the CDN bundle (Lit inlined, English only), the npm package's
// element + core as a consumer's bundler makes it (Lit external; what it imports on demand, the idle
// module and the provider logout, is not counted), the two modules the bundle loads beside it on
// demand, each language module, and all
// of them in one file. Each gate stands at the figure last measured, so any growth fails CI; GOAL is
// where the two main ones should go. A change that costs bytes raises a gate by its measured cost in
// the same commit and says what it bought (CONTRIBUTING.md, "Size gates").
import { readdirSync, readFileSync } from 'node:fs';
import { root } from '../paths.mjs';
import { measure, minified } from './measure.mjs';

const GOAL = { cdn: 8000, litExternal: 3000 };
/** Language modules (brotli): the largest single language, and all of them in one file. */
const LOCALE_BUDGET = { one: 248, all: 2927 };
/** The idle sign-out module (brotli). */
const IDLE_BUDGET = 6957;
/** The provider logout (Facebook, SAML), loaded by the CDN bundle when an answer names a provider (brotli). */
const PROVIDERS_BUDGET = 856;

const LOCALES = 'dist/cdn/locales';
const locales = readdirSync(`${root}${LOCALES}`)
  .filter((file) => file.endsWith('.js'))
  .sort((a, b) => Number(a == 'all.js') - Number(b == 'all.js') || a.localeCompare(b));

/** @type {{ name: string, bytes: Uint8Array, budget?: number, goal?: number }[]} */
const rows = [
  {
    name: 'dist/cdn/gigya-logout.js (Lit inlined, English only)',
    bytes: readFileSync(`${root}dist/cdn/gigya-logout.js`),
    budget: 11763,
    goal: GOAL.cdn,
  },
  { name: 'element + core, Lit external', bytes: await minified('dist/index.js', ['lit', 'lit/*']), budget: 6861, goal: GOAL.litExternal },
  // Loaded only by a page with `idle-timeout`: the idle clock, the warning dialog and its 40 languages.
  { name: 'dist/cdn/gigya-logout-idle.js (on demand)', bytes: readFileSync(`${root}dist/cdn/gigya-logout-idle.js`), budget: IDLE_BUDGET },
  // Loaded only when an answer names a provider (connectedProviders, samlContext).
  {
    name: 'dist/cdn/gigya-logout-providers.js (on demand)',
    bytes: readFileSync(`${root}dist/cdn/gigya-logout-providers.js`),
    budget: PROVIDERS_BUDGET,
  },
  { name: 'core alone (gigya-logout/core)', bytes: await minified('dist/core/index.js', []) },
  { name: 'Lit alone (for reference)', bytes: await minified('lit', []) },
  // Each language module is self-contained and loads beside the bundle.
  ...locales.map((file) => ({
    name: `${LOCALES}/${file}`,
    bytes: readFileSync(`${root}${LOCALES}/${file}`),
    budget: file == 'all.js' ? LOCALE_BUDGET.all : LOCALE_BUDGET.one,
  })),
];

let over = 0;
console.log('bundle'.padEnd(54), 'raw'.padStart(7), 'gzip'.padStart(7), 'brotli'.padStart(7), '  budget (brotli)');
for (const { name, bytes, budget, goal } of rows) {
  const size = measure(bytes);
  const verdict = budget
    ? `${size.brotli <= budget ? `${budget} ok` : `${budget} OVER by ${size.brotli - budget}`}${goal ? ` (goal ${goal})` : ''}`
    : '';
  if (budget && size.brotli > budget) over++;
  console.log(name.padEnd(54), String(size.raw).padStart(7), String(size.gzip).padStart(7), String(size.brotli).padStart(7), ' ', verdict);
}
if (over) {
  console.error(`size: ${over} budget(s) exceeded`);
  process.exit(1);
}
