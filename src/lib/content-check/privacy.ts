import type { Problem } from './problem.ts';

/**
 * No complainant may ever be identifiable (plan 五(五) disclosure, and the law on personal
 * information): content may not carry a mainland resident ID-card number or a mobile phone
 * number anywhere, in any field or body text. Office landlines and hotlines (12369,
 * 0827-1234567) are public and allowed.
 */

// 18-digit ID: 6-digit area code, a birth date 18xx–20xx, 3-digit sequence, check digit or X.
// Matched whatever its check digit, so a mistyped number is refused too. Digits next to it,
// or a decimal point before it (coordinates), mean it is part of a longer number.
const ID_CARD = /(?<![0-9.])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9])/g;
// Mobile: 1[3-9] and nine more digits, also written 138-1234-5678, 138 1234 5678 or +86 13812345678.
const MOBILE = /(?<![0-9.])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![0-9])/g;

/** The personal numbers found in one file's text, each as a problem with its line. */
export function personalDataProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const mask = (number: string) => `${number.slice(0, 3)}…${number.slice(-2)}`;
  for (const match of text.matchAll(ID_CARD)) {
    problems.push({
      file,
      line: lineAt(match.index),
      zh: `这里有一个身份证号码（${mask(match[0])}）。为保护个人信息，网站内容不得出现身份证号码：请删除，必要时改写为“某某”。`,
      en: `there is an ID-card number here (${mask(match[0])}): personal data may not appear in content; delete it.`,
    });
  }
  for (const match of text.matchAll(MOBILE)) {
    problems.push({
      file,
      line: lineAt(match.index),
      zh: `这里有一个手机号码（${mask(match[0].replace(/\D/g, ''))}）。为保护个人信息，网站内容不得出现手机号码：请删除；公开举报渠道请写单位座机或 12369。`,
      en: `there is a mobile phone number here (${mask(match[0].replace(/\D/g, ''))}): personal data may not appear in content; delete it (publish office landlines or 12369 instead).`,
    });
  }
  return problems;
}
