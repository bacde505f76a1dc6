/**
 * Finds mainland resident ID-card numbers (身份证号码) and mobile numbers (手机号码) in text
 * however they are disguised: full-width or other Unicode digits, Chinese numerals, written in
 * groups (138 1234 5678, 138.1234.5678), with invisible characters inside, as HTML character
 * references, or split over two lines. The text is first normalised the way a reader sees it
 * (NFKC, digits folded to 0-9, invisible characters dropped); each number found is mapped back
 * to where it stands in the text as written, and says how it was disguised.
 *
 * Pure functions over strings: the content check, `npm run import` and `npm run new` share them.
 */

/** How a number was written to hide it from a plain search. */
export type Disguise = 'fullWidth' | 'otherDigits' | 'chineseNumerals' | 'grouped' | 'escaped' | 'invisible' | 'markup' | 'multiLine';

export const DISGUISE_LABELS: Record<Disguise, { zh: string; en: string }> = {
  fullWidth: { zh: '全角数字', en: 'full-width digits' },
  otherDigits: { zh: '特殊数字字符', en: 'special Unicode digits' },
  chineseNumerals: { zh: '汉字数字', en: 'Chinese numerals' },
  grouped: { zh: '分组书写', en: 'separators between groups' },
  escaped: { zh: '转义', en: 'escape codes' },
  invisible: { zh: '含不可见字符', en: 'invisible characters' },
  markup: { zh: '夹有排版标记', en: 'markup inside' },
  multiLine: { zh: '跨行书写', en: 'a line break' },
};

export interface PersonalNumber {
  kind: 'idCard' | 'oldIdCard' | 'mobile';
  /** The number as a reader reads it: digits (and a final X), prefix +86 left out of mobiles. */
  digits: string;
  /** For an 18-digit ID: whether its check digit (ISO 7064 MOD 11-2) is right. */
  checkDigitValid?: boolean;
  /** Where it stands in the text as given: [start, end) in UTF-16 units. */
  start: number;
  end: number;
  /** How it was written, in a fixed order; empty when written plainly. */
  disguises: Disguise[];
}

/** The text as a reader sees it, and for each of its characters the span of the original it came from. */
export interface NormalisedText {
  text: string;
  /** Original start of each character of `text`. */
  from: number[];
  /** Original end (exclusive) of each character of `text`. */
  to: number[];
  /** Indices of `text` whose character was a Chinese numeral. */
  chinese: Set<number>;
  /** Whether a tag or comment was read past (then the text is searched once more as it stands). */
  skippedMarkup: boolean;
}

// Characters a reader does not see: zero-width spaces and joiners, word joiner, byte-order mark,
// soft hyphen, bidirectional controls, variation selectors, tags (all Default_Ignorable_Code_Point).
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const COMBINING = /\p{M}/u;
const DECIMAL = /\p{Nd}/u;
const CHINESE_DIGITS: Record<string, string> = {
  〇: '0', '○': '0', 零: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  壹: '1', 贰: '2', 叁: '3', 肆: '4', 伍: '5', 陆: '6', 柒: '7', 捌: '8', 玖: '9',
};
const CHINESE_RUN = /[〇○零一幺二三四五六七八九壹贰叁肆伍陆柒捌玖]{3,}/g;
const NUMERAL = '0-9〇○零一幺二三四五六七八九壹贰叁肆伍陆柒捌玖';
// Four 〇 / ○ in a row: the mask of a published number (张○○ has two, and is a name).
const MASK = /[〇○]{4}/;
const MIXED_RUN = new RegExp(`[${NUMERAL}][${NUMERAL} \\-.]{5,}[${NUMERAL}]`, 'g');
// Dingbat digits NFKC leaves alone: first code point of each run and the digit it stands for.
const DINGBAT_RUNS: [number, number, number][] = [
  [0x24f5, 9, 1], // ⓵–⓽
  [0x2776, 9, 1], // ❶–❾
  [0x2780, 9, 1], // ➀–➈
  [0x278a, 9, 1], // ➊–➒
  [0x24ff, 1, 0], // ⓿
];
const NAMED_REFERENCES: Record<string, string> = { nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '\u00ad', zwsp: '\u200b', zwj: '\u200d', zwnj: '\u200c', hyphen: '-', minus: '-', ndash: '-', mdash: '-', middot: '.', period: '.' };
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z]{2,8}));/y;
// HTML tags and comments a reader does not see (138<b>1234</b>5678).
const TAG = /<\/?[A-Za-z][^<>]{0,80}>|<!--[\s\S]{0,300}?-->/y;

/** The value 0-9 of a decimal digit of any script: decimal digits come in runs of ten from 0. */
function digitValue(codePoint: number): string | undefined {
  for (const [first, length, value] of DINGBAT_RUNS) if (codePoint >= first && codePoint < first + length) return String(codePoint - first + value);
  if (!DECIMAL.test(String.fromCodePoint(codePoint))) return undefined;
  let steps = 0;
  while (steps < 200 && DECIMAL.test(String.fromCodePoint(codePoint - steps - 1))) steps++;
  return String(steps % 10);
}

/**
 * Normalises text for the search: HTML character references decoded, NFKC applied, digits of
 * every script folded to 0-9, invisible characters (and marks stacked on digits) dropped, and
 * runs of three or more Chinese numerals not touching other digits read as digits.
 */
export function normaliseForSearch(original: string, options: { keepMarkup?: boolean } = {}): NormalisedText {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (char: string, start: number, end: number) => {
    chars.push(char);
    from.push(start);
    to.push(end);
  };
  let index = 0;
  let skippedMarkup = false;
  while (index < original.length) {
    const start = index;
    let codePoint = original.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    if (codePoint === 0x3c && !options.keepMarkup) {
      TAG.lastIndex = start;
      const tag = TAG.exec(original);
      if (tag) {
        index = start + tag[0].length;
        skippedMarkup = true;
        continue;
      }
    }
    // A digit percent-encoded in an address (tel:%31%33%38…) dials as the digit.
    if (codePoint === 0x25 && /^3[0-9]$/.test(original.slice(index, index + 2))) {
      push(original[index + 1]!, start, index + 2);
      index += 2;
      continue;
    }
    if (codePoint < 0x80 && codePoint !== 0x26) {
      push(original[start]!, start, index);
      continue;
    }
    if (codePoint === 0x26) {
      REFERENCE.lastIndex = start;
      const reference = REFERENCE.exec(original);
      const decoded = reference
        ? reference[1] !== undefined
          ? Number.parseInt(reference[1], 16)
          : reference[2] !== undefined
            ? Number.parseInt(reference[2], 10)
            : NAMED_REFERENCES[reference[3]!.toLowerCase()]?.codePointAt(0)
        : undefined;
      if (decoded === undefined || decoded > 0x10ffff) {
        push('&', start, index);
        continue;
      }
      codePoint = decoded;
      index = start + reference![0].length;
    }
    const char = String.fromCodePoint(codePoint);
    if (INVISIBLE.test(char) || (COMBINING.test(char) && /[0-9]/.test(chars.at(-1) ?? ''))) continue;
    // A Chinese comma separates the items of a list (149，1584，7001户): it stays one, not a ','.
    if (char === '，' || char === '﹐') {
      push('，', start, index);
      continue;
    }
    const dingbat = digitValue(codePoint);
    if (dingbat !== undefined && codePoint >= 0x80 && !/^[0-9]$/.test(char.normalize('NFKC'))) {
      push(dingbat, start, index);
      continue;
    }
    for (const folded of char.normalize('NFKC')) {
      const point = folded.codePointAt(0)!;
      const value = point >= 0x80 ? digitValue(point) : undefined;
      if (value !== undefined) push(value, start, index);
      else for (const unit of folded) push(unit, start, index);
    }
  }
  let text = chars.join('');
  const chinese = new Set<number>();
  // Digits and Chinese numerals mixed in one run (138零零13八零零零, 138〇〇138〇〇〇): every numeral
  // of the run is a digit. Only a run that holds both and a numeral other than 一 (also typed as a
  // dash) is read so, and never one with four 〇 / ○ in a row: that is the mask of a published
  // number (138○○○○5678, 51072219900101○○○○), not zeros.
  text = text.replace(MIXED_RUN, (run, at: number) => {
    if (!/[0-9]/.test(run) || !/[〇○零幺二三四五六七八九壹贰叁肆伍陆柒捌玖]/.test(run) || MASK.test(run)) return run;
    return [...run]
      .map((char, k) => {
        const digit = CHINESE_DIGITS[char];
        if (digit === undefined) return char;
        chinese.add(at + k);
        return digit;
      })
      .join('');
  });
  // 一三八一二三四五六七八 is a number; 138一1234 keeps its 一 (read as a dash between digits).
  text = text.replace(CHINESE_RUN, (run, at: number) => {
    if (/[0-9]/.test(text[at - 1] ?? '') || /[0-9]/.test(text[at + run.length] ?? '') || MASK.test(run)) return run;
    for (let k = 0; k < run.length; k++) chinese.add(at + k);
    return [...run].map((char) => CHINESE_DIGITS[char]).join('');
  });
  return { text, from, to, chinese, skippedMarkup };
}

// Characters that may stand between the groups of one number: spaces and blanks that look like
// one (the braille blank; Hangul fillers are dropped as invisible), every dash (and 一 typed as
// one), dots (and 。 typed as one), underscores, apostrophes, slashes, brackets around an area
// code, a lone comma (unless it groups thousands) and Markdown markup (138**1234**5678). A comma
// with a space, a Chinese comma or a semicolon separates the numbers of a list; a bar, a plus or
// a times sign, a number sign or a bullet joins figures in tables, sums, dimensions and item
// numbers (1800×1200×800毫米, 1500+3200+800米) far more often than it hides a phone number.
const SEPARATOR = /[\s\p{Pd}\u2800ー一_.·•・‧∙⋅⸱。'’()/,*`~\\]/u;
const MARKUP = /[*`~\\]/;
const CHECK_X = /[XxХхΧχ×]/;
const WHITESPACE = /\s/;

interface Group {
  start: number;
  end: number;
  digits: string;
  /** The separator before this group is a lone '.' (a decimal point): the group is a fraction. */
  afterPoint: boolean;
  /** The separator after this group is a lone '.' followed by digits. */
  beforePoint: boolean;
  /** The separator before this group holds a line break (and nothing but space). */
  afterBreak: boolean;
  /** The separator before this group is something other than a line break. */
  afterMark: boolean;
  /** The separator before this group holds a comma. */
  afterComma: boolean;
  /** The separator before this group holds Markdown markup. */
  afterMarkup: boolean;
}

/**
 * The chains of digit groups in normalised text: `138 1234 5678` is one chain of three groups.
 * A separator run holds at most two marks and two stretches of space, and at most one line
 * break with nothing but space around it (a folded line, a soft break in Markdown).
 */
function chains(text: string): Group[][] {
  const found: Group[][] = [];
  let chain: Group[] = [];
  let index = 0;
  let pendingSeparator = '';
  const close = () => {
    if (chain.length > 0) found.push(chain);
    chain = [];
  };
  while (index < text.length) {
    if (!/[0-9]/.test(text[index]!)) {
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && /[0-9]/.test(text[index]!)) index++;
    // A final X is an ID's check digit when nothing letter- or digit-like follows it; so is a
    // letter that looks like one (Cyrillic Х, Greek Χ, the times sign ×).
    if (CHECK_X.test(text[index] ?? '') && !/[0-9A-Za-z]/.test(text[index + 1] ?? '')) index++;
    const digits = text.slice(start, index).replace(CHECK_X, 'X').toUpperCase();
    const afterPoint = chain.length > 0 && pendingSeparator === '.';
    if (chain.length > 0 && afterPoint) chain.at(-1)!.beforePoint = true;
    const afterBreak = pendingSeparator.includes('\n');
    chain.push({ start, end: index, digits, afterPoint, beforePoint: false, afterBreak, afterMark: pendingSeparator !== '' && !afterBreak, afterComma: pendingSeparator.includes(','), afterMarkup: MARKUP.test(pendingSeparator) });
    // Read the separator run after the group; the chain goes on only if a digit follows it.
    let next = index;
    while (next < text.length && SEPARATOR.test(text[next]!)) next++;
    const separator = text.slice(index, next);
    if (next < text.length && /[0-9]/.test(text[next]!) && separator.length > 0 && joins(separator)) {
      pendingSeparator = separator;
      index = next;
    } else {
      pendingSeparator = '';
      close();
      index = next;
    }
  }
  close();
  return found;
}

/** Whether a run of separators still joins two groups of one number. */
function joins(separator: string): boolean {
  const breaks = separator.split('\n').length - 1;
  if (breaks > 1) return false;
  if (breaks === 1) return [...separator].every((char) => WHITESPACE.test(char));
  if (separator.includes(',')) return separator === ',';
  const marks = [...separator].filter((char) => !WHITESPACE.test(char)).length;
  const spaces = separator.split(/[^\s]+/).filter(Boolean).length;
  return marks <= 2 && spaces <= 2;
}

// Province-level codes of the GB/T 2260 area code that opens every resident ID (81–83: Hong
// Kong, Macao and Taiwan residence permits).
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]);
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
// An old 15-digit ID has no check digit, so any 15-digit number with a plausible date would
// match (business registration numbers among them): it counts only when named as an ID nearby.
const OLD_ID_CONTEXT = /身份|证件|证号|公民/;

/** Whether year-month-day is a real calendar date from 1900 up to today. */
function isBirthDate(year: number, month: number, day: number, today: Date): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getTime() <= today.getTime();
}

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of an ID. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += Number(first17[index]) * CHECK_WEIGHTS[index]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

function asIdCard(digits: string, today: Date): Pick<PersonalNumber, 'kind' | 'checkDigitValid'> | undefined {
  if (!/^\d{17}[\dX]$/.test(digits) || !PROVINCES.has(Number(digits.slice(0, 2)))) return undefined;
  if (!isBirthDate(Number(digits.slice(6, 10)), Number(digits.slice(10, 12)), Number(digits.slice(12, 14)), today)) return undefined;
  return { kind: 'idCard', checkDigitValid: idCheckCharacter(digits) === digits[17] };
}

function asOldIdCard(digits: string, today: Date): boolean {
  if (!/^\d{15}$/.test(digits) || !PROVINCES.has(Number(digits.slice(0, 2))) || digits.slice(2, 4) === '00') return false;
  return isBirthDate(1900 + Number(digits.slice(6, 8)), Number(digits.slice(8, 10)), Number(digits.slice(10, 12)), today);
}

const MOBILE = /^(?:(?:00)?86)?(1[3-9]\d{9})$/;

/**
 * Every ID-card and mobile number in a text, however written. A number must be whole: it starts
 * and ends at the edge of a group of digits, never after a decimal point (the fraction of a
 * coordinate) nor before one, so coordinates, dates, amounts and longer numbers are left alone.
 */
export function findPersonalNumbers(original: string, options: { today?: Date } = {}): PersonalNumber[] {
  if (!/[\p{N}&%一二三四五六七八九〇○零幺壹贰叁肆伍陆柒捌玖]/u.test(original)) return [];
  const today = options.today ?? new Date();
  const normalised = normaliseForSearch(original);
  const found = numbersIn(normalised, original, today);
  // Markup is read past (138<b>1234</b>5678), and read as it stands too: a number inside a tag
  // (href="tel:…", title, alt) or a comment is published as well, in the page or its source.
  if (!normalised.skippedMarkup) return found;
  const inMarkup = numbersIn(normaliseForSearch(original, { keepMarkup: true }), original, today).filter(
    (number) => !found.some((other) => other.start < number.end && number.start < other.end),
  );
  return inMarkup.length === 0 ? found : [...found, ...inMarkup].sort((a, b) => a.start - b.start);
}

function numbersIn(normalised: NormalisedText, original: string, today: Date): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  for (const chain of chains(normalised.text)) {
    let first = 0;
    while (first < chain.length) {
      // Never from a fraction, nor from the local part of a landline after its area code (0827-…).
      const local = first > 0 && /^0\d{2,3}$/.test(chain[first - 1]!.digits);
      const match = chain[first]!.afterPoint || local ? undefined : numberFrom(chain, first, normalised.text, today);
      if (!match) {
        first++;
        continue;
      }
      found.push(located(match, chain, first, normalised, original));
      first = match.last + 1;
    }
  }
  return found;
}

interface ChainMatch {
  kind: PersonalNumber['kind'];
  digits: string;
  checkDigitValid?: boolean;
  last: number;
  /** Digits of a +86 / 0086 prefix at the start of the match. */
  prefix: number;
}

/** The number that starts at group `first` of a chain: an ID first, then a mobile, then an old ID. */
function numberFrom(chain: Group[], first: number, text: string, today: Date): ChainMatch | undefined {
  const spans: { last: number; digits: string }[] = [];
  let digits = '';
  for (let last = first; last < chain.length; last++) {
    if (digits.includes('X')) break;
    digits += chain[last]!.digits;
    if (digits.length > 18) break;
    // 13,812,345,678 is an amount, not a number in groups.
    const groups = chain.slice(first + 1, last + 1);
    const thousands = groups.some((group) => group.afterComma) && groups.some((group) => group.digits.length === 3);
    // 130.12345678 and 133.95,35.34 are decimals (coordinates): a span with a decimal point is a
    // number in groups only when every separator from its first point on is a point (138.1234.5678).
    const firstPoint = groups.findIndex((group) => group.afterPoint);
    const decimal = firstPoint >= 0 && (groups.filter((group) => group.afterPoint).length === 1 || groups.slice(firstPoint).some((group) => !group.afterPoint));
    if (!chain[last]!.beforePoint && !thousands && !decimal) spans.push({ last, digits });
  }
  for (const span of spans) {
    const id = asIdCard(span.digits, today);
    if (id) return { ...id, digits: span.digits, last: span.last, prefix: 0 };
  }
  for (const span of spans) {
    const mobile = MOBILE.exec(span.digits);
    if (mobile) return { kind: 'mobile', digits: mobile[1]!, last: span.last, prefix: span.digits.length - 11 };
  }
  const before = text.slice(Math.max(0, chain[first]!.start - 12), chain[first]!.start);
  for (const span of spans) {
    if (!OLD_ID_CONTEXT.test(before)) break;
    if (asOldIdCard(span.digits, today)) return { kind: 'oldIdCard', digits: span.digits, last: span.last, prefix: 0 };
    // The first 17 digits of an ID named as one: the 18th follows from them, so they publish it whole.
    if (/^\d{17}$/.test(span.digits) && asIdCard(span.digits + idCheckCharacter(span.digits), today)) return { kind: 'idCard', digits: span.digits, last: span.last, prefix: 0 };
  }
  return undefined;
}

/** The match mapped back onto the original text, with the ways it was disguised. */
function located(match: ChainMatch, chain: Group[], first: number, normalised: NormalisedText, original: string): PersonalNumber {
  const startAt = chain[first]!.start;
  const endAt = chain[match.last]!.end;
  const start = normalised.from[startAt]!;
  const end = normalised.to[endAt - 1]!;
  const written = original.slice(start, end);
  const disguises = new Set<Disguise>();
  if (/[０-９]/.test(written)) disguises.add('fullWidth');
  for (let index = startAt; index < endAt; index++) {
    const char = original.slice(normalised.from[index], normalised.to[index]);
    if (normalised.chinese.has(index)) disguises.add('chineseNumerals');
    else if (/^[0-9]$/.test(normalised.text[index]!) && !/^[0-9０-９]$/.test(char) && !char.startsWith('&') && !char.startsWith('%')) disguises.add('otherDigits');
  }
  if (/&#?[0-9a-zA-Z]+;|%3[0-9]/.test(written)) disguises.add('escaped');
  if (/<\/?[A-Za-z][^<>]*>|<!--/.test(written) || chain.slice(first + 1, match.last + 1).some((group) => group.afterMarkup)) disguises.add('markup');
  // Grouped: a separator inside the number itself, not only after a +86 prefix.
  let count = 0;
  for (let index = first; index < match.last; index++) {
    count += chain[index]!.digits.length;
    if (count > match.prefix && chain[index + 1]!.afterMark) disguises.add('grouped');
  }
  if (chain.slice(first + 1, match.last + 1).some((group) => group.afterBreak)) disguises.add('multiLine');
  if ([...written].some((char) => INVISIBLE.test(char) || COMBINING.test(char)) || /&(?:shy|zwsp|zwj|zwnj|#x?(?:200[bcd]|2060|feff|ad|173|8203|8204|8205|8288|65279);)/i.test(written)) disguises.add('invisible');
  const order = Object.keys(DISGUISE_LABELS) as Disguise[];
  return {
    kind: match.kind,
    digits: match.digits,
    ...(match.checkDigitValid === undefined ? {} : { checkDigitValid: match.checkDigitValid }),
    start,
    end,
    disguises: order.filter((disguise) => disguises.has(disguise)),
  };
}
