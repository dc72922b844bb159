/** UPR: import of the UPR Info export and search over 300,000 recommendations (issue 4). */
export async function benchUpr(): Promise<void> {
  // filled in by the UPR work
}
