// An org unit as stored, checked on the way out of the table.
import { arrayOf, decode, int, nullable, object, oneOf, str, withDefault, type Infer } from "../store/codec";
import { OrgUnitKind } from "./org.enums";

export type PartyBranchRecord = Infer<typeof partyBranch>;

export type OrgUnitRecord = Infer<typeof unitShape>;

export type GridWorkerRecord = Infer<typeof worker>;

const partyBranch = object({
  name: str,
  secretary: str,
  memberCount: int,
});
const worker = object({
  id: str,
  name: str,
  phone: nullable(str),
});
const unitShape = object({
  id: str,
  kind: oneOf(OrgUnitKind),
  segment: str,
  code: str,
  name: str,
  parentId: nullable(str),
  path: str,
  /** Root first; lets issues be indexed under every ancestor without reading the tree. */
  ancestorIds: arrayOf(str),
  version: int,
  partyBranch: nullable(partyBranch),
  /** The grid workers of a grid (empty for other kinds), kept on the unit so a page of grids needs no further read. */
  workers: withDefault(arrayOf(worker), []),
  createdAt: str,
  updatedAt: str,
});

export function decodeUnit(item: unknown): OrgUnitRecord {
  return decode(unitShape, item, "OrgUnit");
}
