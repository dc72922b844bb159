/** HRC recorded votes: import of the OHCHR export and the full agreement matrix (issue 3). */
export async function benchHrcVotes(): Promise<void> {
  // filled in by the HRC votes work
}
