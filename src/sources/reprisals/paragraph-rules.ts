import type {
  CodedAct,
  DraftReason,
  Engagement,
  EngagementType,
  Gender,
  GovernmentResponse,
  RecordType,
  ReprisalAct,
  UnBody,
} from '../../domain/reprisals.js';
import { isoDateOf, PRINTED_DAY } from './dates.js';

/**
 * What a report paragraph suggests about a case, rule by rule. Every value carries the rule and the
 * words that fired it (DESIGN §4): these are machine suggestions on a draft that a person confirms.
 * Rules are deliberately few and literal; a paragraph they cannot read leaves the field empty
 * rather than guessed.
 */

interface Rule<T> {
  id: string;
  value: T;
  pattern: RegExp;
}

/**
 * How a value read by a rule is "coded": the rule's name. The matched words stay out of the
 * record's public fields (a treaty body's name can run on into "…, was detained with Mr. X").
 */
const ruleLabel = (id: string): string => `read by rule ${id}`;

const ACT_RULES: Rule<ReprisalAct>[] = [
  {
    id: 'act-detention',
    value: 'detention',
    pattern:
      /\b(arrest(?:ed)?|detain(?:ed)?|(?<!arbitrary )detention|imprison(?:ed|ment)|in custody|sentenced)\b/i,
  },
  {
    id: 'act-disappearance',
    value: 'disappearance',
    pattern:
      /\b(disappear(?:ed|ance)|whereabouts (?:remain |are |were )?unknown|incommunicado|residential surveillance at a designated location)\b/i,
  },
  {
    id: 'act-travel',
    value: 'travel-restriction',
    pattern:
      /\b(travel bans?|exit bans?|(?:prevented|stopped|barred) from (?:travell?ing|boarding|leaving)|confiscat\w* (?:of )?(?:his |her |their )?passports?|passports? (?:was |were )?confiscated)\b/i,
  },
  {
    id: 'act-surveillance',
    value: 'surveillance',
    pattern: /\b(surveillance|monitored|under watch)\b/i,
  },
  {
    id: 'act-torture',
    value: 'torture-ill-treatment',
    pattern: /\b((?<!against )tortur\w*|ill-treat\w*|beaten|cruel, inhuman)\b/i,
  },
  { id: 'act-killing', value: 'killing', pattern: /\b(killed|murdered|assassinated)\b/i },
  {
    id: 'act-relatives',
    value: 'threats-to-relatives',
    pattern:
      /\b((?:family members?|relatives|his wife|her husband|(?:his|her|their) (?:children|parents|mother|father|sister|brother))\b(?:[^.]|\b(?:Mr|Ms|Mrs|Dr)\.){0,160}?\b(?:threatened|harassed|detained|questioned|summoned|intimidated))\b/i,
  },
  {
    id: 'act-threats',
    value: 'threats-intimidation',
    pattern: /\b(threat(?:s|ened)?|intimidat\w*|warned|harass(?:ed|ment)|interrogated)\b/i,
  },
  {
    id: 'act-defamation',
    value: 'defamation',
    pattern:
      /\b(smear\w*|stigmati[sz]\w*|defam\w*|(?:publicly )?(?:labell?ed|branded) (?:as )?(?:a )?(?:terrorists?|traitors?|foreign agents?))\b/i,
  },
  {
    id: 'act-property',
    value: 'property',
    pattern:
      /\b(raid(?:ed)?|seiz(?:ed|ure) of (?:property|(?:his|her|their) \w+)|seizure|confiscat(?:ed|ion) of (?!(?:his |her |their )?passports?)\w+|(?:home|office|premises) (?:was |were )?searched)\b/i,
  },
  {
    id: 'act-legal',
    value: 'legal-action',
    pattern: /\b(charged|prosecut\w*|indicted|convicted|criminal proceedings|put on trial)\b/i,
  },
  {
    id: 'act-employment',
    value: 'loss-of-employment',
    pattern:
      /\b(dismissed from|disbarred|lost (?:his|her) (?:job|licen[cs]e)|licen[cs]e (?:was )?(?:revoked|suspended))\b/i,
  },
  {
    id: 'act-organisation',
    value: 'restriction-on-organisation',
    pattern:
      /\b(deregist\w*|dissol(?:ved|ution)|forced to close|registration (?:was )?(?:revoked|refused|denied))\b/i,
  },
  {
    id: 'act-online',
    value: 'online-harassment',
    pattern: /\b((?:online|social media) (?:harassment|attacks?|campaigns?))\b/i,
  },
];

const BODY_RULES: Rule<UnBody>[] = [
  { id: 'body-upr', value: 'upr', pattern: /\b(universal periodic review|UPR)\b/i },
  {
    id: 'body-ngo-committee',
    value: 'ngo-committee',
    pattern: /\b(Committee on Non-Governmental Organizations|NGO Committee|consultative status)\b/,
  },
  {
    id: 'body-treaty',
    value: 'treaty-bodies',
    pattern:
      /\b(Committee (?:on|against) (?:the )?(?:Elimination|Torture|Rights|Economic|Enforced)[\w ,]*|treaty bod(?:y|ies)|Subcommittee on Prevention of Torture)\b/,
  },
  {
    id: 'body-sp',
    value: 'special-procedures',
    pattern:
      /\b(Special Rapporteurs?|special procedures?(?: mandate holders)?|Working Group on [\w ]+|Independent Expert)\b/i,
  },
  {
    id: 'body-hrc',
    value: 'hrc-session',
    pattern:
      /\b((?:\w+ )?session of the Human Rights Council|Human Rights Council(?:'s|’s)? (?:\w+ )?session)\b/i,
  },
  {
    id: 'body-asg',
    value: 'assistant-secretary-general',
    pattern: /\b(Assistant Secretary-General)\b/,
  },
  {
    id: 'body-ohchr',
    value: 'ohchr',
    pattern:
      /\b(OHCHR|Office of the United Nations High Commissioner for Human Rights|United Nations Human Rights Office)\b/,
  },
];

const ENGAGEMENT_RULES: Rule<EngagementType>[] = [
  {
    id: 'how-visit',
    value: 'country-visit-meeting',
    pattern:
      /\b((?:country )?visit(?:ed)? (?:to|of|by)? ?[\w ]{0,40}|met with the Special Rapporteur)\b/i,
  },
  { id: 'how-training', value: 'training', pattern: /\b(training(?: session| programme)?)\b/i },
  {
    id: 'how-submission',
    value: 'submission-of-information',
    pattern:
      /\b(submitt?ed (?:information|a report|an? (?:alternative|shadow) report)|provided information|shadow report|alternative report|submission)\b/i,
  },
  {
    id: 'how-session',
    value: 'meeting-on-un-premises',
    pattern:
      /\b(attend(?:ed|ing)? (?:the |a )?[\w ]{0,40}session|side event|in Geneva|in New York)\b/i,
  },
];

/** "Mr. Li Wen", "Ms. Ana Pérez": a titled name; the title says the gender as the report gives it. */
const TITLED_NAME =
  /\b(Mr|Ms|Mrs|Miss|Dr)\.? ((?:[A-Z][\p{L}’'-]+)(?: (?:[A-Z][\p{L}’'-]+|al|bin|de|el|van|von|da|dos)){0,3})/u;

const GROUP =
  /\b((?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a number of|a group of|members of(?: the)?|dozens of)\b[^.]{0,40}\b(?:individuals|defenders|activists|lawyers|journalists|members|persons|people|women|relatives|students|victims))\b/i;
const ORGANISATION =
  /\b((?:the )?(?:[A-Z][\w’'-]+ ){1,6}(?:Organization|Organisation|Network|Association|Foundation|Centre|Center|Institute|Society|Union|Coalition|Council|Alliance|Committee)(?: for [\w ]{1,40})?)\b(?! of the United Nations| on Non-Governmental)/;
const UNNAMED =
  /\b(an individual|a (?:woman |female |male )?(?:human rights defender|lawyer|journalist|activist|defender|victim|relative|member of)|a woman|a man|one individual|the individual)\b/i;
const GENERAL =
  /\b(general situation|climate of fear|self-censorship|(?:a|the) pattern of|(?:many|some) (?:representatives of )?civil society|civil society (?:actors|organizations) (?:declined|refrained|feared))\b/i;

/** a sentence reporting the Government's answer (tested sentence by sentence) */
const GOVERNMENT_SENTENCE =
  /\b(?:the Government|the authorities|the Permanent Mission)\b[^.]{0,120}\b(?:responded|replied|stated|informed|indicated|rejected|denied|explained|maintained)\b/i;

/** A rule's text never exceeds this: rules run per sentence, so a long paragraph stays linear. */
const MAX_SENTENCE = 1500;

/**
 * Sentences of a paragraph with their offsets. A period after a title or an abbreviation
 * ("Ms. Hua", "para. 12", "No. 5") ends no sentence.
 */
function sentencesOf(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  const end = /(?<!\b(?:Mr|Ms|Mrs|Dr|No|para|paras|art|arts|e\.g|i\.e|St))[.;]\s+/g;
  let start = 0;
  for (const m of text.matchAll(end)) {
    const stop = m.index + 1;
    out.push({ text: text.slice(start, Math.min(stop, start + MAX_SENTENCE)), at: start });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start, start + MAX_SENTENCE), at: start });
  return out;
}

const NEW_LAW =
  /\b((?:new|newly adopted|recently adopted|recently enacted) (?:law|legislation|act)|National Security Law|foreign agents? law)\b/i;

export const COMMUNICATION_REF = /\b([A-Z]{3}) (\d{1,4})\/(\d{4})\b/g;

export interface ParagraphReading {
  recordType: RecordType;
  victimName: string | null;
  gender: Gender | null;
  acts: CodedAct[];
  engagements: Engagement[];
  engagementTypes: { code: EngagementType; codedAs: string }[];
  governmentResponses: GovernmentResponse[];
  communicationRefs: string[];
  basedOnNewLegislation: boolean | null;
  reasons: DraftReason[];
}

/** The suggestions one paragraph (or a case's run of paragraphs) yields. */
export function readParagraph(text: string): ParagraphReading {
  const sentences = sentencesOf(text);
  /** the first match in the paragraph, its index counted in the whole paragraph */
  const find = (pattern: RegExp): RegExpExecArray | null => {
    for (const s of sentences) {
      const m = pattern.exec(s.text);
      if (m) {
        m.index += s.at;
        return m;
      }
    }
    return null;
  };
  const reasons: DraftReason[] = [];
  const note = (field: string, rule: string, matched: string): void => {
    reasons.push({ field, rule, matched });
  };

  const acts: CodedAct[] = [];
  for (const rule of ACT_RULES) {
    const m = find(rule.pattern);
    if (!m) continue;
    // a disappearance into "residential surveillance" is not surveillance: the longer rule won
    if (
      rule.value === 'surveillance' &&
      /residential surveillance/i.test(text.slice(Math.max(0, m.index - 12), m.index + 12))
    )
      continue;
    // codedAs is a public field: it names our rule, never the report's words, which may name people
    acts.push({ code: rule.value, codedAs: ruleLabel(rule.id) });
    note('acts', rule.id, m[1] ?? m[0]);
  }

  const engagements: Engagement[] = [];
  const how = ENGAGEMENT_RULES.map((r) => ({ r, m: find(r.pattern) })).find((x) => x.m);
  for (const rule of BODY_RULES) {
    const m = find(rule.pattern);
    if (!m) continue;
    engagements.push({
      body: rule.value,
      bodyCodedAs: ruleLabel(rule.id),
      dates: null,
    });
    note('engagements', rule.id, m[1] ?? m[0]);
  }
  const engagementTypes: ParagraphReading['engagementTypes'] = [];
  if (how?.m) {
    engagementTypes.push({ code: how.r.value, codedAs: ruleLabel(how.r.id) });
    note('engagementTypes', how.r.id, how.m[1] ?? how.m[0]);
  }

  const titled = find(TITLED_NAME);
  let victimName: string | null = null;
  let gender: Gender | null = null;
  if (titled) {
    victimName = titled[2]!;
    note('victimName', 'name-titled', titled[0]);
    const title = titled[1]!;
    gender = title === 'Mr' ? 'male' : title === 'Dr' ? null : 'female';
    if (gender) note('gender', 'gender-title', titled[0]);
  }

  let recordType: RecordType;
  const general = find(GENERAL);
  const group = find(GROUP);
  const unnamed = find(UNNAMED);
  const organisation = find(ORGANISATION);
  if (victimName) recordType = 'named-individual';
  else if (general) {
    recordType = 'general-situation';
    note('recordType', 'record-general', general[1]!);
  } else if (group) {
    recordType = 'group';
    note('recordType', 'record-group', group[1]!);
  } else if (organisation && (!unnamed || organisation.index < unnamed.index)) {
    recordType = 'organisation';
    victimName = organisation[1]!.replace(/^the /i, '');
    note('recordType', 'record-organisation', organisation[1]!);
  } else {
    recordType = 'unnamed-individual';
    note('recordType', unnamed ? 'record-unnamed' : 'record-default-unnamed', unnamed?.[1] ?? '');
  }
  if (victimName && recordType === 'named-individual')
    note('recordType', 'record-named', titled![0]);
  if (
    !gender &&
    /\bwom[ae]n\b|\bshe\b|\bher\b/i.test(text) &&
    !/\bhe\b|\bhis\b|\bhim\b/i.test(text)
  ) {
    gender = 'female';
    note('gender', 'gender-pronoun', 'she/her');
  } else if (!gender && /\b(he|his|him)\b/.test(text) && !/\b(she|her)\b/i.test(text)) {
    gender = 'male';
    note('gender', 'gender-pronoun', 'he/his');
  }

  const governmentResponses: GovernmentResponse[] = [];
  for (const { text: sentence0 } of sentences) {
    if (!GOVERNMENT_SENTENCE.test(sentence0)) continue;
    const sentence = sentence0.trim();
    const printed = PRINTED_DAY.exec(sentence)?.[1] ?? null;
    governmentResponses.push({
      date: printed ? isoDateOf(printed) : null,
      dateAsPrinted: printed,
      content: sentence,
    });
    note('governmentResponses', 'government-sentence', sentence.slice(0, 80));
  }

  const communicationRefs = [...new Set([...text.matchAll(COMMUNICATION_REF)].map((m) => m[0]))];
  for (const ref of communicationRefs) note('communicationRefs', 'sp-reference', ref);

  const law = find(NEW_LAW);
  if (law) note('basedOnNewLegislation', 'new-law', law[1]!);

  return {
    recordType,
    victimName,
    gender,
    acts,
    engagements,
    engagementTypes,
    governmentResponses,
    communicationRefs,
    basedOnNewLegislation: law ? true : null,
    reasons,
  };
}

/** A paragraph that carries on the case before it: the Government's answer, or more of the same. */
export const CONTINUES_CASE =
  /^(?:(?:On|In) [^,]{3,30}, )?(?:the Government|the authorities|the Permanent Mission|In (?:its|their) (?:response|reply)|(?:In addition|Furthermore|Moreover|Subsequently),)/;
