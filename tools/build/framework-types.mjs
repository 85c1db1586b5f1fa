// Writes the framework entries (dist/frameworks/<framework>.{js,d.ts}) from dist/custom-elements.json:
// for each custom element, its properties (typed from the element class), its attributes whose name
// differs from the property (strings, as in HTML) and its events (typed `detail`), declared where
// each framework's checker looks for tags: React 19 and Preact TSX (`JSX.IntrinsicElements`),
// Vue 3 templates (`GlobalComponents`), Svelte 5 (`SvelteHTMLElements`). Each entry's JS defines
// the element, so users import one module once. Called by tools/build/build.mjs.
//
// A generator of our own instead of @wc-toolkit/jsx-types and the custom-element-*-integration
// packages: those write one file per framework with their own naming conventions and type the
// events from the manifest's type text, which needs an import map to resolve; here every type is
// an indexed access on the element class or an import of the event type it names, so the declarations
// can never drift from the class, and one short script covers the four frameworks.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ tag: string, className: string, module: string, description: string,
 *   props: { name: string, description: string }[],
 *   attributes: { name: string, description: string }[],
 *   events: { name: string, type: string, description: string }[] }} ElementInfo
 */

/** @param {any} manifest @returns {ElementInfo[]} */
export function elementsOf(manifest) {
  // The module that defines each tag (its `custom-element-definition` export), which a framework entry
  // imports: the class's own module only declares it.
  const definers = new Map(
    manifest.modules.flatMap((/** @type {any} */ mod) =>
      (mod.exports ?? [])
        .filter((/** @type {any} */ e) => e.kind === 'custom-element-definition')
        .map((/** @type {any} */ e) => [e.name, mod.path]),
    ),
  );
  return manifest.modules.flatMap((/** @type {any} */ mod) =>
    (mod.declarations ?? [])
      .filter((/** @type {any} */ d) => d.customElement && d.tagName)
      .map((/** @type {any} */ d) => {
        const fields = (d.members ?? []).filter(
          (/** @type {any} */ m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
        );
        const fieldNames = new Set(fields.map((/** @type {any} */ f) => f.name));
        return {
          tag: d.tagName,
          className: d.name,
          module: (definers.get(d.tagName) ?? mod.path).replace(/^src\//, '').replace(/\.ts$/, '.js'),
          description: d.summary ?? '',
          props: fields.map((/** @type {any} */ f) => ({ name: f.name, description: f.description ?? '' })),
          // Attributes spelled differently from their property (force-providers-logout); `aria-*` are
          // the frameworks' own already.
          attributes: (d.attributes ?? [])
            .filter((/** @type {any} */ a) => !fieldNames.has(a.name) && !a.name.startsWith('aria-'))
            .map((/** @type {any} */ a) => ({ name: a.name, description: a.description ?? '' })),
          events: (d.events ?? []).map((/** @type {any} */ e) => ({
            name: e.name,
            type: /^[A-Za-z_$][\w$]*$/.test(e.type?.text ?? '') ? e.type.text : 'CustomEvent',
            description: e.description ?? '',
          })),
        };
      }),
  );
}

const doc = (/** @type {string} */ text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '');
const key = (/** @type {string} */ name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/**
 * The shared part: `<Class>Props` (properties and attributes) and `<Class>Events` (event name to
 * handler) for each element.
 * @param {ElementInfo[]} elements
 */
function propTypes(elements) {
  const lines = [];
  for (const el of elements) {
    const types = [...new Set(el.events.map((e) => e.type).filter((t) => t !== 'CustomEvent'))];
    lines.push(`import type { ${[el.className, ...types].join(', ')} } from '../${el.module}';`);
  }
  for (const el of elements) {
    lines.push('', `/** Properties and attributes of \`<${el.tag}>\`. */`, `export interface ${el.className}Props {`);
    for (const p of el.props) lines.push(`${doc(p.description)}  ${key(p.name)}?: ${el.className}[${JSON.stringify(p.name)}];`);
    for (const a of el.attributes) lines.push(`${doc(a.description)}  ${key(a.name)}?: string;`);
    lines.push(
      '}',
      '',
      `/** Handlers of the events of \`<${el.tag}>\`, by event name (a type, not an interface: Vue's emits need an index signature). */`,
      `export type ${el.className}Events = {`,
    );
    for (const e of el.events) lines.push(`${doc(e.description)}  ${key(e.name)}: (event: ${e.type}) => void;`);
    lines.push('};');
  }
  return lines.join('\n');
}

/**
 * `on<event-name>` handler props, as React 19, Preact and Svelte 5 attach them to custom elements.
 * @param {ElementInfo} el
 */
const onProps = (el) => `{ [K in keyof ${el.className}Events as \`on\${K}\`]?: ${el.className}Events[K] }`;

/** @type {Record<string, (elements: ElementInfo[]) => string>} */
const frameworks = {
  'react-jsx': (elements) => `import type { DetailedHTMLProps, HTMLAttributes } from 'react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (
      el,
    ) => `${doc(el.description, '      ')}      ${JSON.stringify(el.tag)}: Omit<DetailedHTMLProps<HTMLAttributes<${el.className}>, ${el.className}>, keyof ${el.className}Props> &
        ${el.className}Props &
        ${onProps(el)};`,
  )
  .join('\n')}
    }
  }
}`,
  'preact-jsx': (elements) => `import type { JSX as PreactJSX } from 'preact';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (
      el,
    ) => `${doc(el.description, '      ')}      ${JSON.stringify(el.tag)}: Omit<PreactJSX.HTMLAttributes<${el.className}>, keyof ${el.className}Props> &
        ${el.className}Props &
        ${onProps(el)};`,
  )
  .join('\n')}
    }
  }
}`,
  // Vue checks a tag in GlobalComponents as a component: props, and events as emits
  // (`@gigya-logout-response`).
  vue: (elements) => `import type { DefineComponent } from 'vue';

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    (el) =>
      `${doc(el.description, '    ')}    ${JSON.stringify(el.tag)}: DefineComponent<${el.className}Props, {}, {}, {}, {}, {}, {}, ${el.className}Events>;`,
  )
  .join('\n')}
  }
}`,
  svelte: (elements) => `import type { HTMLAttributes } from 'svelte/elements';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements
  .map(
    (
      el,
    ) => `${doc(el.description, '    ')}    ${JSON.stringify(el.tag)}: Omit<HTMLAttributes<${el.className}>, keyof ${el.className}Props> &
      ${el.className}Props &
      ${onProps(el)};`,
  )
  .join('\n')}
  }
}`,
};

/**
 * Writes dist/frameworks/<name>.js and .d.ts for every framework.
 * @param {string} dist the dist directory (holds custom-elements.json)
 * @returns {string[]} the entry names written
 */
export function writeFrameworkEntries(dist) {
  const elements = elementsOf(JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8')));
  const out = join(dist, 'frameworks');
  mkdirSync(out, { recursive: true });
  const header = '// Generated by tools/build/framework-types.mjs from custom-elements.json. Do not edit.\n';
  const defines = elements.map((el) => `import '../${el.module}';\n`).join('');
  for (const [name, body] of Object.entries(frameworks)) {
    writeFileSync(join(out, `${name}.js`), `${header}${defines}`);
    writeFileSync(join(out, `${name}.d.ts`), `${header}${defines}${propTypes(elements)}\n\n${body(elements)}\n`);
  }
  return Object.keys(frameworks);
}
