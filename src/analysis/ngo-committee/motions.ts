/**
 * What a recorded vote of the Committee was about, in words, and which way a "yes" went for the
 * organisation. A roll-call row of the compiled tables gives the organisation and, sometimes, a
 * sentence of the report; a press release gives the motion. Only a motion the text states is read
 * ("the proposal to close…", "a vote was called to grant…", "no-action motion"); a sentence that
 * only reports the result ("decided to recommend not to grant") is not taken for the motion, since
 * the vote before it may have been on the opposite proposal. Rules: docs/ngo-committee.md.
 */

export type MotionKind =
  | 'grant'
  | 'close'
  | 'not-recommend'
  | 'withdraw-status'
  | 'suspend-status'
  | 'no-action'
  | 'postpone'
  | 'overturn-chair'
  | 'challenge-competence'
  | 'reconsider'
  | 'procedural'
  | 'not-stated';

/** Whether a "yes" supported the organisation, opposed it, or the source does not say. */
export type Side = 'for' | 'against' | 'unknown';

export interface MotionWords {
  kind: MotionKind;
  en: string;
  zh: string;
  /** the words of the source the kind was read from ('' when not stated) */
  phrase: string;
}

const VERBS: [RegExp, MotionKind][] = [
  [/^(?:recommend (?:to the council )?(?:to )?)?grant\b/, 'grant'],
  [/^recommend (?:special |general )?consultative status/, 'grant'],
  [/^(?:recommend )?(?:the )?clos(?:e|ure)\b/, 'close'],
  [/^(?:recommend )?(?:the )?withdraw(?:al)?\b/, 'withdraw-status'],
  [/^(?:recommend )?(?:the )?suspen(?:d|sion)\b/, 'suspend-status'],
  [/^reject\b/, 'not-recommend'],
  [/^(?:postpone|defer)\b/, 'postpone'],
  [/^overturn\b/, 'overturn-chair'],
  [/^challenge\b/, 'challenge-competence'],
  [/^reconsider\b/, 'reconsider'],
  [/^(?:adjourn)\b/, 'no-action'],
  [/^allow\b/, 'procedural'],
];

const NO_ACTION =
  /no-?\s?action motion|motion (?:for|of) adjournment|motion to adjourn|adjourn(?:ment of)? (?:the )?debate/;
/** "proposal … to X", "a vote was called to X", "request by Turkey to X", "proposed to X" */
const TRIGGER =
  /\b(?:proposal|motion|request|vote was called|voted|proposed|moved|vote)\b([^.;:]{0,90}?)\b(not )?to (?!the council\b)([a-z][a-z ]{2,60})/g;

/** The first motion the text states, with the words it was read from. */
export function motionKindOf(text: string): { kind: MotionKind; phrase: string } {
  const t = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    // a report's section heading is not the motion
    .replace(/^applications? not recommended:?\s*/, '');
  const noAction = NO_ACTION.exec(t);
  const found: { kind: MotionKind; phrase: string; at: number }[] = [];
  if (noAction) found.push({ kind: 'no-action', phrase: noAction[0], at: noAction.index });
  for (const m of t.matchAll(TRIGGER)) {
    const verb = m[3]!;
    if (m[2]) {
      if (/^recommend\b/.test(verb))
        found.push({ kind: 'not-recommend', phrase: m[0], at: m.index });
      continue;
    }
    const kind = VERBS.find(([re]) => re.test(verb))?.[1];
    if (kind) found.push({ kind, phrase: m[0], at: m.index });
  }
  const forStatus = /proposal[^.;:]{0,60}? for consultative status/.exec(t);
  if (forStatus) found.push({ kind: 'grant', phrase: forStatus[0], at: forStatus.index });
  const heading = /withdrawal of the consultative status/.exec(t);
  if (heading && !/\b(?:decided|was recommended)\b/.test(t))
    found.push({ kind: 'withdraw-status', phrase: heading[0], at: heading.index });
  found.sort((a, b) => a.at - b.at);
  const first = found[0];
  return first ? { kind: first.kind, phrase: first.phrase } : { kind: 'not-stated', phrase: '' };
}

/**
 * Which way a yes went. A no-action motion blocks whatever proposal it is on: for the organisation
 * when that proposal would close, reject, withdraw or suspend, against it when it would grant.
 */
export function yesMeansOf(kind: MotionKind, text: string): Side {
  switch (kind) {
    case 'grant':
      return 'for';
    case 'close':
    case 'not-recommend':
    case 'withdraw-status':
    case 'suspend-status':
      return 'against';
    case 'no-action': {
      const t = text.toLowerCase();
      const rest = t.slice((NO_ACTION.exec(t)?.index ?? 0) + 1);
      const on = motionKindOf(rest.replace(NO_ACTION, ''));
      if (on.kind === 'grant') return 'against';
      if (['close', 'not-recommend', 'withdraw-status', 'suspend-status'].includes(on.kind))
        return 'for';
      return 'unknown';
    }
    default:
      return 'unknown';
  }
}

export function motionWords(
  kind: MotionKind,
  organization: string | null,
  phrase = '',
): MotionWords {
  const o = organization ?? 'the organisation';
  const oz = organization ?? '该组织';
  const words: Record<MotionKind, [string, string]> = {
    grant: [`to grant consultative status to ${o}`, `给予${oz}咨商地位`],
    close: [`to close consideration of the application of ${o}`, `结束对${oz}申请的审议`],
    'not-recommend': [
      `not to recommend ${o} for consultative status (to reject the application)`,
      `建议不给予${oz}咨商地位（驳回申请）`,
    ],
    'withdraw-status': [`to withdraw the consultative status of ${o}`, `撤销${oz}的咨商地位`],
    'suspend-status': [`to suspend the consultative status of ${o}`, `暂停${oz}的咨商地位`],
    'no-action': [
      `a no-action motion (to adjourn the debate)${organization ? ` on ${organization}` : ''}`,
      `不采取行动动议（休会辩论）${organization ? `：${organization}` : ''}`,
    ],
    postpone: [
      `to postpone action${organization ? ` on ${organization}` : ''}`,
      `推迟行动${organization ? `：${organization}` : ''}`,
    ],
    'overturn-chair': ['to overturn a ruling of the Chair', '推翻主席的裁定'],
    'challenge-competence': ['to challenge the competence of the Committee', '质疑委员会的权限'],
    reconsider: ['to reconsider a recommendation of the Committee', '重新审议委员会的一项建议'],
    procedural: ['a procedural motion', '程序性动议'],
    'not-stated': [
      "motion not stated in the compiled row: see the Committee's report of the session",
      '汇编表未载明动议：见委员会该届会议的报告',
    ],
  };
  const [en, zh] = words[kind];
  return { kind, en, zh, phrase };
}

/** The recorded outcome in two words: the compiled rows say "in favor" / "against" for it. */
export function outcomeOf(raw: string | null): 'adopted' | 'rejected' | null {
  const r = (raw ?? '').trim().toLowerCase();
  if (['in favor', 'in favour', 'adopted', 'supported'].includes(r)) return 'adopted';
  if (['against', 'rejected'].includes(r)) return 'rejected';
  return null;
}

/** How a ballot went for the organisation, given what a yes meant. */
export function ballotSide(ballot: string, yesMeans: Side): Side | null {
  if (yesMeans === 'unknown') return ballot === 'yes' || ballot === 'no' ? 'unknown' : null;
  if (ballot === 'yes') return yesMeans;
  if (ballot === 'no') return yesMeans === 'for' ? 'against' : 'for';
  return null;
}

export interface DescribedMotion {
  motionWords: MotionWords;
  yesMeans: Side;
  /** the recorded outcome as adopted / rejected (the rows say "in favor" / "against") */
  motionOutcome: 'adopted' | 'rejected' | null;
}

/**
 * Pure: a vote's motion and what its yes meant, from its own text, else from a press release of
 * the same vote that states it.
 */
export function describeMotion(vote: {
  subject: string | null;
  motion: string;
  outcome: string | null;
  organization: string | null;
  pressMotions?: readonly string[];
}): DescribedMotion {
  const own = [vote.motion === 'roll-call' ? '' : vote.motion, vote.subject ?? ''].join(' . ');
  let text = own;
  let read = motionKindOf(own);
  for (const p of vote.pressMotions ?? []) {
    if (read.kind !== 'not-stated') break;
    const fromPress = motionKindOf(`proposal to ${p}`);
    if (fromPress.kind !== 'not-stated') {
      read = { kind: fromPress.kind, phrase: p };
      text = `proposal to ${p}`;
    }
  }
  return {
    motionWords: motionWords(read.kind, vote.organization, read.phrase),
    yesMeans: yesMeansOf(read.kind, text),
    motionOutcome: outcomeOf(vote.outcome),
  };
}
