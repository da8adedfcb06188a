// Plain enums of service places and timetables (no GraphQL: the contract names them in
// place.type.ts).

/** What a service place of the 15-minute party–mass service circle is. */
export enum PlaceKind {
  PARTY_MASS_SERVICE_CENTRE = "PARTY_MASS_SERVICE_CENTRE",
  COUNCIL_HALL = "COUNCIL_HALL",
  TEAHOUSE = "TEAHOUSE",
  VILLAGE_PARLOUR = "VILLAGE_PARLOUR",
  LIBRARY = "LIBRARY",
  STAGE = "STAGE",
  SERVICE_POINT = "SERVICE_POINT",
}

/** Days of the week, Monday first (as Chinese calendars and timetables count them). */
export enum Weekday {
  MONDAY = "MONDAY",
  TUESDAY = "TUESDAY",
  WEDNESDAY = "WEDNESDAY",
  THURSDAY = "THURSDAY",
  FRIDAY = "FRIDAY",
  SATURDAY = "SATURDAY",
  SUNDAY = "SUNDAY",
}

export const WEEKDAYS: readonly Weekday[] = Object.values(Weekday);
