// The languages and aliases of docs/contract.md §6, read from the contract itself (the test server
// serves the project root): the tests check the sources' own tables against what the contract says,
// not against a copy of them.

export interface ContractLanguages {
  /** The languages translations cover, as the contract lists them. */
  languages: string[];
  /** Each alias (lower case) and the language it means. */
  aliases: Record<string, string>;
}

let read: Promise<ContractLanguages> | undefined;

/** §6 of the contract, fetched and read once per page. */
export const contractLanguages = (): Promise<ContractLanguages> =>
  (read ??= fetch('/docs/contract.md')
    .then((response) => response.text())
    .then(parse));

function parse(contract: string): ContractLanguages {
  const section = contract.slice(contract.indexOf('## 6. Language'), contract.indexOf('## 7.')).replace(/\s+/g, ' ');
  const languages = /Translations cover the languages [^:]*: ([^.]+)\./.exec(section)?.[1].split(', ');
  const rules = /common aliases map: (.*?); `sr` is/.exec(section)?.[1].split('; ');
  if (!languages || !rules)
    throw new Error('docs/contract.md §6: the language list or the aliases sentence is not where the tests read it');
  const aliases: Record<string, string> = {};
  for (const rule of rules) {
    const [from, to] = rule.split(' → ');
    for (const alias of from.match(/`[^`]+`/g) ?? []) aliases[alias.slice(1, -1).toLowerCase()] = to.replace(/`/g, '');
  }
  return { languages, aliases };
}
