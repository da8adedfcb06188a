// One retry policy after a lost race, for every command on every aggregate: a transaction whose
// version condition failed reads the aggregate again and is judged afresh, at most RACE_ATTEMPTS
// times, with a short growing pause so that racing requests spread out.

/** Attempts of a command whose transaction lost a race to another write on the same aggregate. */
export const RACE_ATTEMPTS = 5;

/** Waits before attempt `attempt + 1` (attempt counts from 0). */
export function pauseAfterLostRace(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 10 * (attempt + 1)));
}
