import { Connection } from "../../schema/common/connection.type";
import { OrgUnit } from "./org-unit.type";

export const OrgUnitConnection = Connection(OrgUnit, "OrgUnit");
export type OrgUnitConnection = InstanceType<typeof OrgUnitConnection>;
