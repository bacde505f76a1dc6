/**
 * The licences open data can be published under (数据许可), as the Data Package specification
 * names them: an Open Definition id (`CC-BY-4.0`, the ids of licenses.opendefinition.org and
 * okfn/licenses), the licence's title and the address of its text. `site.yaml` names one in
 * whatever way staff write it (`CC BY 4.0`, `知识共享署名 4.0 国际`); the footer shows it as
 * written and datapackage.json gives its id.
 */
export interface OpenLicence {
  /** Open Definition id, e.g. `CC-BY-4.0`. */
  id: string;
  /** The licence's own title, e.g. `Creative Commons Attribution 4.0`. */
  title: string;
  /** Its Chinese name, for pages. */
  chineseTitle: string;
  /** The address of the licence text. */
  path: string;
  /** Other ways of writing it, besides the id and the titles. */
  aliases: readonly string[];
}

export const OPEN_LICENCES: readonly OpenLicence[] = [
  {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0',
    chineseTitle: '知识共享署名 4.0 国际许可协议',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    aliases: ['CC BY 4.0'],
  },
  {
    id: 'CC-BY-SA-4.0',
    title: 'Creative Commons Attribution Share-Alike 4.0',
    chineseTitle: '知识共享署名—相同方式共享 4.0 国际许可协议',
    path: 'https://creativecommons.org/licenses/by-sa/4.0/',
    aliases: ['CC BY-SA 4.0'],
  },
  {
    id: 'CC0-1.0',
    title: 'CC0 1.0',
    chineseTitle: 'CC0 1.0 通用公有领域贡献',
    path: 'https://creativecommons.org/publicdomain/zero/1.0/',
    aliases: ['CC0', 'CC Zero'],
  },
  {
    id: 'ODC-BY-1.0',
    title: 'Open Data Commons Attribution License 1.0',
    chineseTitle: '开放数据共享署名许可协议 1.0',
    path: 'https://opendatacommons.org/licenses/by/1-0/',
    aliases: ['ODC-BY'],
  },
  {
    id: 'ODbL-1.0',
    title: 'Open Data Commons Open Database License 1.0',
    chineseTitle: '开放数据库许可协议 1.0',
    path: 'https://opendatacommons.org/licenses/odbl/1-0/',
    aliases: ['ODbL', 'ODC-ODbL'],
  },
  {
    id: 'ODC-PDDL-1.0',
    title: 'Open Data Commons Public Domain Dedication and Licence 1.0',
    chineseTitle: '开放数据共享公有领域贡献和许可协议 1.0',
    path: 'https://opendatacommons.org/licenses/pddl/1-0/',
    aliases: ['PDDL', 'ODC-PDDL'],
  },
];

/** A licence name compared without case, width, spaces, hyphens, dots or a closing 许可协议/License. */
function licenceKey(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-–—_.·]/g, '')
    .replace(/(许可协议|许可|协议|LICENSE|LICENCE)$/, '')
    .replace(/(国际|INTERNATIONAL)$/, '');
}

const BY_KEY = new Map(OPEN_LICENCES.flatMap((licence) => [licence.id, licence.title, licence.chineseTitle, ...licence.aliases].map((name) => [licenceKey(name), licence] as const)));

/** The licence `site.yaml` names (`CC BY 4.0` → CC-BY-4.0), or undefined when it is none of OPEN_LICENCES. */
export function openLicence(text: string): OpenLicence | undefined {
  return BY_KEY.get(licenceKey(text));
}
