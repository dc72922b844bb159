const UNITS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const TENTHS: Readonly<Record<string, number>> = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};

/** "thirty-first" → 31, "fortieth" → 40, "31st" → 31; undefined for anything else. */
export function parseOrdinal(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  const unit = UNITS[t] ?? TENTHS[t];
  if (unit !== undefined) return unit;
  const m = /^([a-z]+)[\s-]([a-z]+)$/.exec(t);
  if (m) {
    const tens = TENS[m[1]!];
    const rest = UNITS[m[2]!];
    if (tens !== undefined && rest !== undefined && rest < 10) return tens + rest;
  }
  return undefined;
}

export const ORDINAL_PATTERN_SOURCE = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth)`;
