import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/** `groundpass votes …`: HRC recorded votes, voting records, alignment. */
export function registerHrcVotes(program: Command, ctx: CliContext): void {
  void program;
  void ctx;
}
