/** The end moved by as much as the start moved; unchanged when either is not a whole wall time. */
export function shiftedEnd(oldStart: string, end: string, newStart: string): string {
  const minutes = (wall: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wall) ? Date.parse(`${wall}:00Z`) : NaN);
  const moved = minutes(newStart) - minutes(oldStart);
  const endAt = minutes(end);
  if (Number.isNaN(moved) || Number.isNaN(endAt) || moved === 0) return end;
  return new Date(endAt + moved).toISOString().slice(0, 16);
}
