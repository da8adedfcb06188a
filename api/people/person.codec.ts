// A person as stored, checked on the way out of the table.
import { Role } from "../auth/actor";
import { decode, nullable, object, oneOf, str } from "../store/codec";

export interface PersonRecord {
  id: string;
  name: string;
  phone: string | null;
  role: Role;
  /** The unit the person's scope starts at (for grid workers: their grid). */
  orgId: string | null;
}

const personShape = object({ id: str, name: str, phone: nullable(str), role: oneOf(Role), orgId: nullable(str) });

export function decodePerson(item: unknown): PersonRecord {
  return decode(personShape, item, "Person");
}
