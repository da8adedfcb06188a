// The org feature's public surface: what other features may use of the hierarchy. They import
// this file only — never the org store, keys or codec module directly.
export { OrgUnitKind } from "./org.enums";
export type { GridWorkerRecord, OrgUnitRecord, PartyBranchRecord } from "./org.codec";
export { canSeeUnit, findVisibleUnit, presentReference } from "./org.rules";
export { getUnit, reportHold } from "./org.store";
export { loadUnit, loadUnitInScope } from "./unit.guards";
export { OrgUnit } from "./org-unit.type";
