import type { SourceDocumentMeta } from '../../../domain/provenance.js';

/**
 * Meeting transcripts of the Committee on NGOs. None of these is an official record: a machine
 * (speech-recognition) transcript from UN Web TV, its plain-text copies, or the short meeting
 * summary UN Web TV prints beside a recording. Every question read from them says so (`origin`).
 */
export type TranscriptForm = 'webtv-json' | 'text' | 'webtv-summary';
export type SpeakerKind = 'state' | 'chair' | 'secretariat' | 'ngo' | 'unknown';
/** how the speaker of a turn is known */
export type AttributedBy = 'speaker-mapping' | 'chair-words' | 'opening' | 'summary' | 'none';
export type QuestionOrigin = 'machine-transcript' | 'webtv-summary';

export interface TranscriptSpeaker {
  kind: SpeakerKind;
  /** ISO alpha-3 when kind is 'state' */
  state: string | null;
  /** the words that named the speaker (mapping name/affiliation, or the Chair's words) */
  asPrinted: string | null;
  by: AttributedBy;
}

export interface TranscriptTurn {
  index: number;
  speaker: TranscriptSpeaker;
  text: string;
  /** ms from the start of the recording (JSON form only) */
  startMs: number | null;
  /** 1-based line of the file where the turn starts (JSON: the line of the statement's start) */
  line: number;
  /** why the speaker is not known, when it is not */
  why: string | null;
}

export interface TranscriptApplication {
  organization: string;
  line: number;
  startMs: number | null;
  turn: number;
}

export interface TranscriptQuestion {
  state: string;
  stateAsPrinted: string;
  /** the application under consideration when the question was put; null when none was named */
  organization: string | null;
  text: string;
  startMs: number | null;
  /** hh:mm:ss from the start of the recording, when the form has times */
  time: string | null;
  /** the web player at that moment, when the recording's address is known */
  link: string | null;
  line: number;
  turn: number;
  origin: QuestionOrigin;
  /** always true: a transcript or summary is not an official record */
  unofficial: true;
}

/** A sentence that reads as a question but could not be given to a State, and why. */
export interface UnattributedQuestion {
  text: string;
  line: number;
  time: string | null;
  why: string;
}

export interface MeetingTranscript {
  form: TranscriptForm;
  meta: SourceDocumentMeta;
  /** the recording's slug (hrc/58/59, meeting/{asset}) or null */
  slug: string | null;
  turns: TranscriptTurn[];
  applications: TranscriptApplication[];
  questions: TranscriptQuestion[];
  unattributed: UnattributedQuestion[];
}
