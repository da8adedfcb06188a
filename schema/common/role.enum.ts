import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { registerEnumType } from "type-graphql";

import { Role } from "./role";

export { Role };

registerEnumType(Role, {
  name: "Role",
  description: "An actor's role; what it may do is bounded by its scope unit.",
});
