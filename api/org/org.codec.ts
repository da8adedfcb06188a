// An org unit as stored, checked on the way out of the table.
import { arrayOf, decode, int, nullable, object, oneOf, str, withDefault } from "../store/codec";
import { OrgUnitKind } from "./org.enums";

export interface PartyBranchRecord {
  name: string;
  secretary: string;
  memberCount: number;
}

export interface OrgUnitRecord {
  id: string;
  kind: OrgUnitKind;
  segment: string;
  code: string;
  name: string;
  parentId: string | null;
  path: string;
  /** Root first; lets issues be indexed under every ancestor without reading the tree. */
  ancestorIds: string[];
  version: number;
  partyBranch: PartyBranchRecord | null;
  /** The grid workers of a grid (empty for other kinds), kept on the unit so a page of grids needs no further read. */
  workers: GridWorkerRecord[];
  createdAt: string;
  updatedAt: string;
}

export interface GridWorkerRecord {
  id: string;
  name: string;
  phone: string | null;
}

const partyBranch = object({ name: str, secretary: str, memberCount: int });
const worker = object({ id: str, name: str, phone: nullable(str) });
const unitShape = object({
  id: str,
  kind: oneOf(OrgUnitKind),
  segment: str,
  code: str,
  name: str,
  parentId: nullable(str),
  path: str,
  ancestorIds: arrayOf(str),
  version: int,
  partyBranch: nullable(partyBranch),
  workers: withDefault(arrayOf(worker), []),
  createdAt: str,
  updatedAt: str,
});

export function decodeUnit(item: unknown): OrgUnitRecord {
  return decode(unitShape, item, "OrgUnit");
}
