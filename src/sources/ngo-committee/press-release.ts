/**
 * Parser for the UN Meetings Coverage press releases of the ECOSOC Committee on NGOs (symbols
 * ECOSOC/64xx–70xx, NGO/6xx–9xx), 2010 onwards plus older ones. It reads
 *
 *  - per-application lines: "Org (Country) — as the representative of China asked …;" and the
 *    variants the UN has printed since 2010 (possessives, delegates, several states per line,
 *    en dash or " - " in mirrors, plain "Org (Country);" in recommended lists, the 2010 style
 *    "Org, a national organization in Bangladesh which …;", lists run into one paragraph);
 *  - the context those lines sit in: section headings (status sought) and lead-in sentences
 *    (what the Committee did);
 *  - recorded votes: "by a recorded vote of 15 in favour (…) to 3 against (…), with 1 abstention (…)".
 *
 * It is pure and total: any string gives a result; lines that look like records but cannot be read
 * become warnings with their file line, so nothing is dropped silently.
 *
 * This file is the parser's public face; the parts live in ./press-release/, one concern a file.
 */
export { parseNgoCommitteePressRelease } from './press-release/parse.js';
export { isUnreadProblem, PROBLEM_CODES } from './press-release/problems.js';
export { NgoPressReleaseSchema, type NgoPressRelease } from './press-release/schema.js';
