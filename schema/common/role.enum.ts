import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { registerEnumType } from "type-graphql";

import { Role } from "./role";

export { Role };

registerEnumType(Role, {
  name: "Role",
  description: "An actor's role; what it may do is bounded by its scope unit.",
  valuesConfig: {
    DISTRICT_ADMIN: { description: "The district command centre: everything in the district, the category catalogue included." },
    STREET_ADMIN: { description: "A street or town's command centre: the hierarchy and the issue loop within it; supervises its communities' issues." },
    COMMUNITY_ADMIN: { description: "A community or village's command centre: the hierarchy and the issue loop (assess, assign, close) within it." },
    GRID_WORKER: { description: "A grid worker (网格员): reports, handles what is assigned to them, sees their grid." },
    VOLUNTEER: { description: "A volunteer: reports and sees within their team's unit." },
    RESIDENT: { description: "A resident: reports, follows and rates their own issues, sees the public status of their community's issues." },
    PARTNER: { description: "A data-sharing partner: reads only, personal data masked." },
  },
});
