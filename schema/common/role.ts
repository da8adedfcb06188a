// The roles as a plain enum (no GraphQL), for code that runs outside the GraphQL Lambda.
/** The seven roles (docs/personal-data.md and the README say what each may do). Every signed-in actor has exactly one. */
export enum Role {
  DISTRICT_ADMIN = "DISTRICT_ADMIN",
  STREET_ADMIN = "STREET_ADMIN",
  COMMUNITY_ADMIN = "COMMUNITY_ADMIN",
  GRID_WORKER = "GRID_WORKER",
  VOLUNTEER = "VOLUNTEER",
  RESIDENT = "RESIDENT",
  PARTNER = "PARTNER",
}
