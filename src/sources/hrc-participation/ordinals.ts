/** "twenty-third" → 23, "48th" → 48: session numbers as the Council prints them. */
const UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
const TEENS: Record<string, number> = {
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
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
};

export const ORDINAL_SOURCE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth)`;

export function parseOrdinal(text: string): number | null {
  const t = text.trim().toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  const m = /^([a-z]+)(?:[\s-]([a-z]+))?$/.exec(t);
  if (!m) return null;
  if (m[2]) {
    const tens = TENS[m[1]!];
    const unit = UNITS[m[2]];
    return tens !== undefined && unit !== undefined ? tens + unit : null;
  }
  return UNITS[m[1]!] ?? TEENS[m[1]!] ?? null;
}
