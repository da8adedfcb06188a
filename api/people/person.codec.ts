// A person as stored, checked on the way out of the table.
import { Role } from "../auth/actor";
import { decode, nullable, object, oneOf, str, type Infer } from "../store/codec";

export type PersonRecord = Infer<typeof personShape>;

const personShape = object({
  id: str,
  name: str,
  phone: nullable(str),
  role: oneOf(Role),
  /** The unit the person's scope starts at (for grid workers: their grid). */
  orgId: nullable(str),
});

export function decodePerson(item: unknown): PersonRecord {
  return decode(personShape, item, "Person");
}
