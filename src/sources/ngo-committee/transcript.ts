/**
 * Parser for meeting transcripts of the ECOSOC Committee on NGOs: UN Web TV's machine transcript
 * JSON, plain-text copies of it, and UN Web TV's meeting summaries. Each turn is given to a State
 * (ISO alpha-3), the Chair, the Secretariat or an NGO; the applications named and the States'
 * questions to them are read, each question with its moment (hh:mm:ss and a player link when the
 * form has times) and marked unofficial. See docs/transcripts.md.
 */
export {
  detectTranscript,
  parseMeetingTranscript,
  TRANSCRIPT_PROBLEMS,
} from './transcript/parse.js';
export type * from './transcript/types.js';
