import { z } from 'zod';

/**
 * The 19 members of the ECOSOC Committee on Non-Governmental Organizations, by four-year term
 * (seats by group: African 5, Asia-Pacific 4, EEG 2, GRULAC 4, WEOG 4; ECOSOC resolution
 * 1996/31). Terms run 1 January of `from` to 31 December of `to`. Where a seat changed hands
 * within a term, `members` is the membership at the start and `changes` records who left and who
 * joined in which year. Sources and the checks against the Committee's roll-calls are in
 * docs/reference-data.md.
 */
export const SeatChange = z.object({
  year: z.number().int(),
  left: z.string().regex(/^[A-Z]{3}$/),
  joined: z.string().regex(/^[A-Z]{3}$/),
  note: z.string(),
});
export type SeatChange = z.infer<typeof SeatChange>;

export const NgoCommitteeTerm = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    /** ISO 3166-1 alpha-3 codes, sorted. */
    members: z.array(z.string().regex(/^[A-Z]{3}$/)).length(19),
    changes: z.array(SeatChange).default([]),
    /** How the list was established. */
    source: z.string(),
  })
  .refine((t) => t.to === t.from + 3, 'a term lasts four years');
export type NgoCommitteeTerm = z.infer<typeof NgoCommitteeTerm>;

// prettier-ignore
const TERMS = [
  {
    from: 1999, to: 2002,
    members: ['BOL', 'CHL', 'CHN', 'COL', 'CUB', 'DZA', 'ETH', 'FRA', 'IND', 'IRL', 'LBN', 'PAK', 'ROU', 'RUS', 'SDN', 'SEN', 'TUN', 'TUR', 'USA'],
    changes: [{ year: 2000, left: 'IRL', joined: 'DEU', note: 'Ireland votes in the report dated 2000-03-28, Germany from the report dated 2000-07-13 on; the WEOG seat changed hands in 2000 (the ECOSOC decision was not checked).' }],
    source: 'Reconstructed from the Committee roll-calls of 2000 (19 voters each); no election record checked.',
  },
  {
    from: 2003, to: 2006,
    members: ['CHL', 'CHN', 'CIV', 'CMR', 'COL', 'CUB', 'DEU', 'FRA', 'IND', 'IRN', 'PAK', 'PER', 'ROU', 'RUS', 'SDN', 'SEN', 'TUR', 'USA', 'ZWE'],
    source: 'Reconstructed from the Committee roll-calls of 2003–2006 (19 voters in August 2003 and June 2006).',
  },
  {
    from: 2007, to: 2010,
    members: ['AGO', 'BDI', 'CHN', 'COL', 'CUB', 'DMA', 'EGY', 'GBR', 'GIN', 'IND', 'ISR', 'PAK', 'PER', 'QAT', 'ROU', 'RUS', 'SDN', 'TUR', 'USA'],
    source: 'ECOSOC election of 2006; every member votes in the Committee roll-calls of 2008–2010 (Dominica first appears in February 2008).',
  },
  {
    from: 2011, to: 2014,
    members: ['BDI', 'BEL', 'BGR', 'CHN', 'CUB', 'IND', 'ISR', 'KGZ', 'MAR', 'MOZ', 'NIC', 'PAK', 'PER', 'RUS', 'SDN', 'SEN', 'TUR', 'USA', 'VEN'],
    source: 'ECOSOC election of 2010; the same 19 vote or are recorded absent in every roll-call 2011–2014.',
  },
  {
    from: 2015, to: 2018,
    members: ['AZE', 'BDI', 'CHN', 'CUB', 'GIN', 'GRC', 'IND', 'IRN', 'ISR', 'MRT', 'NIC', 'PAK', 'RUS', 'SDN', 'TUR', 'URY', 'USA', 'VEN', 'ZAF'],
    source: 'ECOSOC election of 2014; the 19 voters named in press release ECOSOC/6731 (February 2016) and in every roll-call 2015–2018.',
  },
  {
    from: 2019, to: 2022,
    members: ['BDI', 'BHR', 'BRA', 'CHN', 'CUB', 'EST', 'GRC', 'IND', 'ISR', 'LBY', 'MEX', 'NGA', 'NIC', 'PAK', 'RUS', 'SDN', 'SWZ', 'TUR', 'USA'],
    source: 'ECOSOC election of 2018; the same 19 in every roll-call of 2021–2022.',
  },
  {
    from: 2023, to: 2026,
    members: ['ARM', 'BHR', 'CHL', 'CHN', 'CMR', 'CRI', 'CUB', 'DZA', 'ERI', 'GBR', 'GEO', 'IND', 'ISR', 'LBR', 'NIC', 'PAK', 'TUR', 'USA', 'ZWE'],
    source: 'ECOSOC election of April 2022 (the Russian Federation was not re-elected); the same 19 in every roll-call of 2023–2024.',
  },
];

export const NGO_COMMITTEE_TERMS: readonly NgoCommitteeTerm[] = TERMS.map((t) =>
  NgoCommitteeTerm.parse(t),
);

/**
 * The members of the Committee at any time in `year` (ISO alpha-3, sorted): 19, or more in a
 * year in which a seat changed hands. Empty for a year no known term covers.
 */
export function ngoCommitteeMembers(year: number): string[] {
  const term = NGO_COMMITTEE_TERMS.find((t) => t.from <= year && year <= t.to);
  if (!term) return [];
  const members = new Set(term.members);
  for (const change of term.changes) {
    if (year > change.year) members.delete(change.left);
    if (year >= change.year) members.add(change.joined);
  }
  return [...members].sort();
}
