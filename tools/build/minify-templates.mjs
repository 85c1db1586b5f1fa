// An esbuild plugin that collapses the whitespace in Lit `css` and `html` template literals of our
// own sources, so the shipped bundle does not carry the indentation that keeps the source readable.
import { readFile } from 'node:fs/promises';

/** @param {string} text */
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/\[([\w-]+)='([\w-]+)'\]/g, '[$1=$2]')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .trim();

/** @param {string} text */
const minifyHtml = (text) =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/>\s+</g, '><')
    .replace(/\s+>/g, '>')
    .replace(/(\w)="([\w-]+)"/g, '$1=$2')
    .trim();

/**
 * Only literals without `${…}` parts are touched in css; html keeps its parts and loses line breaks,
 * blanks between tags and before `>`, and the quotes around simple attribute values.
 * @param {string} source
 * @returns {string}
 */
export function minifyTemplates(source) {
  return source
    .replace(/\bcss`([^`$]*)`/g, (/** @type {string} */ _, /** @type {string} */ body) => `css\`${minifyCss(body)}\``)
    .replace(/\bhtml`([^`]*)`/g, (/** @type {string} */ _, /** @type {string} */ body) => `html\`${minifyHtml(body)}\``);
}

/** @type {import('esbuild').Plugin} */
export const minifyTemplatesPlugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
