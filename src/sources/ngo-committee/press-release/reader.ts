import type {
  ApplicationStatus,
  NgoAction,
  PressApplication,
  PressVote,
} from '../../../domain/ngo-committee.js';
import {
  looksLikeApplicationLine,
  readItemHead,
  startsAsProse,
  type ItemHead,
} from './application-line.js';
import { readApplication } from './applications.js';
import type { Line } from './lines.js';
import { PROBLEM_CODES, type ProblemLog } from './problems.js';
import { splitRunInList } from './run-in-list.js';
import { findLeadIns, headingStatus, isHeading, listStatus, type LeadIn } from './sections.js';
import { readVotes } from './votes.js';

/** The list of organisations being read, one entry a line, under its lead-in. */
interface ListContext {
  action: NgoAction | null;
  status: ApplicationStatus;
  entries: number;
  lastEndedWithAnd: boolean;
}

// "[YES 5, POSTPONED 15]" after a lead-in's colon is a crawler's note, not an entry.
const NOTHING_OR_NOTE = /^\s*(?:\[[^\]]*\]\s*)?$/;
const ENDS_WITH_PERIOD = /\.\s*$/;
const ENDS_WITH_AND = /\band\s*$/;
// The longest line still taken as part of a list; longer ones are paragraphs of prose.
const LIST_LINE_MAX = 400;

/**
 * Reads a release line by line. It is stateful because a line's meaning depends on the lines
 * before: the section heading gives the status sought, the lead-in the Committee's action, and a
 * list set out one organisation a line runs until prose or a heading ends it.
 */
export class ReleaseReader {
  readonly applications: PressApplication[] = [];
  readonly votes: PressVote[] = [];
  private headingStatus: ApplicationStatus = 'unknown';
  private list: ListContext | null = null;

  constructor(private readonly log: ProblemLog) {}

  readLine(line: Line): void {
    const trimmed = line.m.trim();
    if (trimmed === '') return;
    readVotes(line, this.votes, this.log);
    if (this.readLeadIns(line)) return;
    if (this.list && this.readListEntry(line)) return;
    if (isHeading(trimmed) && !line.cut) {
      this.headingStatus = headingStatus(trimmed);
      this.list = null;
      return;
    }
    if (this.list) {
      if (startsAsProse(trimmed) || trimmed.length > LIST_LINE_MAX) {
        this.list = null;
      } else if (line.cut) {
        this.log.truncated(line.number, 'list entry not read', line.text);
      } else {
        this.log.warn(
          line.number,
          PROBLEM_CODES.unreadListItem,
          'line in a list of organisations could not be read',
          line.text,
        );
      }
      return;
    }
    if (looksLikeApplicationLine(line.m)) {
      this.log.warn(
        line.number,
        PROBLEM_CODES.orgLineOutsideList,
        'organisation line outside any list: the Committee action is not stated',
        line.text,
      );
    }
  }

  /** Finds lead-in sentences in the line; reads lists that follow them on the same line. */
  private readLeadIns(line: Line): boolean {
    const leadIns = findLeadIns(line.m);
    if (leadIns.length === 0) return false;

    leadIns.forEach((leadIn, k) => {
      const status = listStatus(leadIn, this.headingStatus);
      const to = k + 1 < leadIns.length ? leadIns[k + 1]!.start : line.m.length;
      if (NOTHING_OR_NOTE.test(line.m.slice(leadIn.colon + 1, to))) {
        this.list = { action: leadIn.action, status, entries: 0, lastEndedWithAnd: false };
        return;
      }
      this.list = null;
      this.readRunInList(line, leadIn, status, to, k === leadIns.length - 1);
    });
    return true;
  }

  /** A list run into the lead-in's paragraph, from its colon to `to`. */
  private readRunInList(
    line: Line,
    leadIn: LeadIn,
    status: ApplicationStatus,
    to: number,
    isLastOnLine: boolean,
  ): void {
    const action = leadIn.action;
    if (action === null) {
      this.log.warn(
        line.number,
        PROBLEM_CODES.listWithoutAction,
        'list of organisations whose lead-in states no Committee action',
        line.text.slice(leadIn.start, to),
      );
      return;
    }
    const { entries, ended } = splitRunInList(line.m, leadIn.colon + 1, to, leadIn.announced);
    // Only the line's last list can run into the cut, and only if its sentence did not end.
    const cutList = line.cut && isLastOnLine && !ended;
    entries.forEach(([s, e], i) => {
      if (line.m.slice(s, e).trim() === '') return;
      if (cutList && i === entries.length - 1) {
        this.log.truncated(line.number, 'list entry not read', line.text.slice(s, e));
        return;
      }
      const head = readItemHead(line.m, s, e, true, false);
      if (!head) {
        this.log.warn(
          line.number,
          PROBLEM_CODES.unreadListItem,
          'entry in a run-in list could not be read',
          line.text.slice(s, e),
        );
        return;
      }
      this.addApplication(line, head, s, e, action, status);
    });
  }

  /** Reads a line of a list as one entry; false when it is not an organisation entry. */
  private readListEntry(line: Line): boolean {
    const list = this.list!;
    const to = line.m.length;
    const head = readItemHead(line.m, 0, to, false, line.cut);
    if (!head) return false;
    // A plain name without country ends in ";"; one ending in "." must close the list.
    if (head.plain && ENDS_WITH_PERIOD.test(line.m) && list.entries > 0 && !list.lastEndedWithAnd)
      return false;
    list.entries += 1;
    list.lastEndedWithAnd = ENDS_WITH_AND.test(line.m.trim());
    if (list.action === null) {
      this.log.warn(
        line.number,
        PROBLEM_CODES.listWithoutAction,
        'organisation listed under a lead-in that states no Committee action',
        line.text,
      );
      return true;
    }
    this.addApplication(line, head, 0, to, list.action, list.status);
    return true;
  }

  private addApplication(
    line: Line,
    head: ItemHead,
    from: number,
    to: number,
    action: NgoAction,
    status: ApplicationStatus,
  ): void {
    const application = readApplication(line, head, from, to, action, status, this.log);
    if (application) this.applications.push(application);
  }
}
