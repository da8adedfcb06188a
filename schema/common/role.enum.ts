import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { registerEnumType } from "type-graphql";

/** The seven roles of DESIGN.md §3. Every signed-in actor has exactly one. */
export enum Role {
  DISTRICT_ADMIN = "DISTRICT_ADMIN",
  STREET_ADMIN = "STREET_ADMIN",
  COMMUNITY_ADMIN = "COMMUNITY_ADMIN",
  GRID_WORKER = "GRID_WORKER",
  VOLUNTEER = "VOLUNTEER",
  RESIDENT = "RESIDENT",
  PARTNER = "PARTNER",
}

registerEnumType(Role, {
  name: "Role",
  description: "An actor's role; what it may do is bounded by its scope unit.",
});
