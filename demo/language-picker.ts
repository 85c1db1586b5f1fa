// The demo's language picker: loads the chosen language's module (what a site does with
// `import 'gigya-logout/locales/<lang>.js'`), then sets `lang` on every <gigya-logout> of the page.
// The header's element changes its label; the styled one keeps its own (slotted) label, and both
// announce in the language.

/** Gigya's language codes, each with its own name for itself. */
const LANGUAGES: Record<string, string> = {
  ar: 'العربية',
  bg: 'Български',
  ca: 'Català',
  cs: 'Čeština',
  da: 'Dansk',
  de: 'Deutsch',
  el: 'Ελληνικά',
  en: 'English',
  es: 'Español',
  'es-mx': 'Español (México)',
  fa: 'فارسی',
  fi: 'Suomi',
  fr: 'Français',
  he: 'עברית',
  hr: 'Hrvatski',
  hu: 'Magyar',
  id: 'Bahasa Indonesia',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  ms: 'Bahasa Melayu',
  nl: 'Nederlands',
  no: 'Norsk',
  pl: 'Polski',
  pt: 'Português (Portugal)',
  'pt-br': 'Português (Brasil)',
  ro: 'Română',
  ru: 'Русский',
  sk: 'Slovenčina',
  sl: 'Slovenščina',
  sr: 'Српски',
  sv: 'Svenska',
  th: 'ไทย',
  tl: 'Tagalog',
  tr: 'Türkçe',
  uk: 'Українська',
  vi: 'Tiếng Việt',
  'zh-cn': '中文（简体）',
  'zh-hk': '中文（香港）',
  'zh-tw': '中文（台灣）',
};

async function apply(select: HTMLSelectElement): Promise<void> {
  const code = Object.prototype.hasOwnProperty.call(LANGUAGES, select.value) ? select.value : '';
  try {
    if (code) await import(`../src/locales/${code}.ts`);
  } catch (error) {
    console.warn(`The demo could not load the language "${code}":`, error);
  }
  if (select.value !== code) return; // a later choice applies itself
  for (const el of document.querySelectorAll('gigya-logout')) {
    if (code) el.setAttribute('lang', code);
    else el.removeAttribute('lang');
  }
  select.dataset.applied = code;
}

/** Fills `#language` and makes it work. */
export function startLanguagePicker(): void {
  const select = document.getElementById('language');
  if (!(select instanceof HTMLSelectElement)) throw new Error('demo: #language is missing or not a <select>');
  const page = new Option('The page’s (English)', '');
  const options = Object.entries(LANGUAGES).map(([code, name]) => {
    const option = new Option(`${name} · ${code}`, code);
    option.lang = code;
    return option;
  });
  select.replaceChildren(page, ...options);
  select.addEventListener('change', () => void apply(select));
}
