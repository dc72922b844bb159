/**
 * Parser for Human Rights Council press releases and meeting summaries that state vote results
 * in prose (OHCHR, UNOG, their mirrors, and governments' releases), in English, French and
 * Chinese. For each vote it reads the counts, the states named on each side, what was voted on
 * (the subject), the symbol when printed, and whether the text was adopted or rejected:
 *
 *  - "adopted by a vote of 28 in favour, 1 against and 17 abstentions" (any order, numbers in
 *    words or digits), "by 37 votes in favour, 4 votes against and 6 abstentions",
 *    "by a vote of 23 to 6 —including 18 abstentions—";
 *  - "The result of the vote was as follows: In favour (31): Argentina, …; Against (7): …;
 *    Abstentions (9): …" on the same line or the lines below, joined to the vote just stated;
 *  - "rejected … by a vote of 18 in favour, 21 against and 7 abstentions" (kind "draft");
 *  - French "27 voix pour, six voix contre et 14 abstentions", "par 27 voix contre 6";
 *  - Chinese "19票赞成、7票反对和21票弃权";
 *  - government prose: "18 countries today voted yes …, 15 abstained, while 14 were opposed",
 *    "Argentina, Australia … voted for it. Cameroon, China … voted against the resolution, and
 *    Afghanistan … abstained" (counts are then the lengths of the lists).
 *
 * Input: text with or without the un-texts header (url/title/date), or HTML. Never throws. A
 * sentence that states a vote but cannot be read whole is a warning with its line and why; a
 * state name we do not know is a warning with the name; a list whose length differs from the
 * stated count is a warning (the list is kept as printed, the count as stated).
 */
export { parseHrcVotePress, PRESS_PROBLEMS, type HrcVotePress } from './press/parse.js';
