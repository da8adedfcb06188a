// What suites that register volunteers share: valid resident ID numbers.
import { checkCharacter } from "../../api/volunteers/volunteer.rules";

/**
 * A valid resident ID number (GB 11643: 17 digits, then the check character the rule computes), of
 * 沙坪坝区 (500106), distinct for every `n` below 60,000 — none the demo registers.
 */
export function residentIdNumber(n: number): string {
  const body = `500106${1950 + (Math.floor(n / 1000) % 60)}0101${String(n % 1000).padStart(3, "0")}`;
  return `${body}${checkCharacter(body)}`;
}
