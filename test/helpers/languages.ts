// The language aliases of docs/contract.md §6, as the tests state them (independently of the
// sources' own tables, which the tests check against this one).

/** Each alias (a row of the contract's table, lower case) and the language it means. */
export const ALIASES: Readonly<Record<string, string>> = {
  zh: 'zh-cn',
  'zh-hans': 'zh-cn',
  'zh-hant': 'zh-tw',
  'zh-hant-hk': 'zh-hk',
  'zh-mo': 'zh-hk',
  nb: 'no',
  nn: 'no',
  iw: 'he',
  fil: 'tl',
};
