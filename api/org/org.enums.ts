// The net's levels as a plain enum (no GraphQL): org-unit.type.ts names it in the contract.
/** The levels of the net: 区 / 街道 · 镇 / 社区 · 村 / 网格 / 楼栋 · 院落. */
export enum OrgUnitKind {
  DISTRICT = "DISTRICT",
  STREET = "STREET",
  TOWN = "TOWN",
  COMMUNITY = "COMMUNITY",
  VILLAGE = "VILLAGE",
  GRID = "GRID",
  BUILDING = "BUILDING",
}
