/**
 * Characters a reader does not see: zero-width spaces and joiners, the word joiner and the
 * invisible operators, the soft hyphen, direction marks, overrides and isolates, the byte-order
 * mark and the Hangul fillers. A copy from a web page, Word or a chat leaves them in text, where
 * they split a word a search looks for, or make text read otherwise than it says. One list, by
 * code point, with what staff would call each: the content check names them (typed, by column:
 * src/features/check/yaml-hints.ts; written as an escape, or typed in a body: characters.ts), the sheet import
 * removes them with a note (src/features/sheet/text.ts).
 */
export const INVISIBLE_CHARACTERS: ReadonlyMap<number, { zh: string; en: string }> = new Map([
  [0x00ad, { zh: '软连字符', en: 'soft hyphen' }],
  [0x061c, { zh: '阿拉伯文字母标记（文字方向标记）', en: 'Arabic letter mark (a direction mark)' }],
  [0x115f, { zh: '韩文初声填充符', en: 'Hangul choseong filler' }],
  [0x1160, { zh: '韩文中声填充符', en: 'Hangul jungseong filler' }],
  [0x180e, { zh: '蒙古文元音分隔符', en: 'Mongolian vowel separator' }],
  [0x200b, { zh: '零宽空格', en: 'zero-width space' }],
  [0x200c, { zh: '零宽非连接符', en: 'zero-width non-joiner' }],
  [0x200d, { zh: '零宽连接符', en: 'zero-width joiner' }],
  [0x200e, { zh: '从左到右标记', en: 'left-to-right mark' }],
  [0x200f, { zh: '从右到左标记', en: 'right-to-left mark' }],
  [0x202a, { zh: '从左到右嵌入', en: 'left-to-right embedding' }],
  [0x202b, { zh: '从右到左嵌入', en: 'right-to-left embedding' }],
  [0x202c, { zh: '方向格式结束', en: 'pop directional formatting' }],
  [0x202d, { zh: '从左到右覆盖', en: 'left-to-right override' }],
  [0x202e, { zh: '从右到左覆盖', en: 'right-to-left override' }],
  [0x2060, { zh: '字连接符', en: 'word joiner' }],
  [0x2061, { zh: '不可见函数应用', en: 'function application' }],
  [0x2062, { zh: '不可见乘号', en: 'invisible times' }],
  [0x2063, { zh: '不可见分隔符', en: 'invisible separator' }],
  [0x2064, { zh: '不可见加号', en: 'invisible plus' }],
  [0x2066, { zh: '从左到右隔离', en: 'left-to-right isolate' }],
  [0x2067, { zh: '从右到左隔离', en: 'right-to-left isolate' }],
  [0x2068, { zh: '首强隔离', en: 'first strong isolate' }],
  [0x2069, { zh: '隔离结束', en: 'pop directional isolate' }],
  [0x3164, { zh: '韩文填充符', en: 'Hangul filler' }],
  [0xfeff, { zh: '零宽不换行空格（BOM）', en: 'zero-width no-break space (BOM)' }],
  [0xffa0, { zh: '半角韩文填充符', en: 'halfwidth Hangul filler' }],
]);

const CLASS = [...INVISIBLE_CHARACTERS.keys()].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('');

/** A pattern matching any one of them (`g` for every one). */
export function invisiblePattern(flags = ''): RegExp {
  return new RegExp(`[${CLASS}]`, flags);
}

/** A code point as staff see it written: `U+200B`. */
export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What staff would call one of them, with its code point: `零宽空格 U+200B`. */
export function invisibleName(char: string): string {
  const code = char.codePointAt(0)!;
  return `${INVISIBLE_CHARACTERS.get(code)?.zh ?? '看不见的字符'} ${codePointLabel(code)}`;
}
