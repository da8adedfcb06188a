import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";
import { DateTime } from "../../schema/common/date-time";
import { Node } from "../../schema/common/node";
import { PlaceKind, Weekday } from "./place.enums";
import { Personal, Safe, Subject } from "../../schema/common/privacy";

registerEnumType(PlaceKind, {
  name: "PlaceKind",
  description: "What a service place of the 15-minute party–mass service circle is.",
  valuesConfig: {
    PARTY_MASS_SERVICE_CENTRE: { description: "党群服务中心: a street's or community's party–mass service centre." },
    COUNCIL_HALL: { description: "红色议事厅: a red council hall where residents' councils meet." },
    TEAHOUSE: { description: "和顺茶馆: a teahouse where departments receive residents and disputes are mediated." },
    VILLAGE_PARLOUR: { description: "乡村会客厅: a village parlour." },
    LIBRARY: { description: "A library or reading room." },
    STAGE: { description: "An open-air or indoor stage for performances and gatherings." },
    SERVICE_POINT: { description: "Any other service point (a grid station, a convenience service desk)." },
  },
});

registerEnumType(Weekday, {
  name: "Weekday",
  description: "A day of the week, Monday first.",
  valuesConfig: {
    MONDAY: { description: "Monday (星期一)." },
    TUESDAY: { description: "Tuesday (星期二)." },
    WEDNESDAY: { description: "Wednesday (星期三)." },
    THURSDAY: { description: "Thursday (星期四)." },
    FRIDAY: { description: "Friday (星期五)." },
    SATURDAY: { description: "Saturday (星期六)." },
    SUNDAY: { description: "Sunday (星期日)." },
  },
});

@ObjectType("OpeningHours", { description: "When a place is open on one weekday, in China Standard Time." })
export class OpeningHours {
  @Field(() => Weekday, { description: "The day." })
  weekday!: Weekday;

  @Safe()
  @Field(() => String, { description: "Opening time, HH:MM (24-hour, China Standard Time)." })
  opens!: string;

  @Safe()
  @Field(() => String, { description: "Closing time, HH:MM, later than `opens`." })
  closes!: string;
}

@ObjectType("Place", {
  implements: Node,
  description:
    "A service place of the 15-minute party–mass service circle: a service centre, council hall, teahouse, village parlour, library, stage or service point. Public to residents.",
})
export class Place implements Node {
  @Field(() => ID, { description: "The place's id (`pl_` and a ULID)." })
  id!: string;

  @Field(() => PlaceKind, { description: "What kind of place it is." })
  kind!: PlaceKind;

  @Safe()
  @Field(() => String, { description: "Its name, e.g. 磁器口街道和顺茶馆." })
  name!: string;

  @Field(() => ID, { description: "The org unit that runs it." })
  unitId!: string;

  @Safe()
  @Field(() => String, { description: "That unit's name when the place was filed." })
  unitName!: string;

  @Personal("ADDRESS")
  @Field(() => String, { description: "Its street address (a public place: not personal data)." })
  address!: string;

  @Field(() => Float, { description: "Latitude, WGS 84 degrees." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude, WGS 84 degrees." })
  longitude!: number;

  @Field(() => [OpeningHours], { description: "Opening hours per weekday; a weekday not listed is closed." })
  openingHours!: OpeningHours[];

  @Personal("TEXT")
  @Field(() => [String], { description: "The services offered there, e.g. 法律援助, 党史学习, 社保咨询." })
  services!: string[];

  @Safe()
  @Field(() => String, { nullable: true, description: "The place's public contact number (a desk, not a person), if any." })
  phone!: string | null;

  @Field(() => Int, { description: "Increases with every change; pass it as `expectedVersion` to updatePlace." })
  version!: number;

  @Field(() => DateTime, { description: "When it was filed." })
  createdAt!: string;

  @Field(() => DateTime, { description: "When it last changed." })
  updatedAt!: string;
}

export const PlaceConnection = Connection(Place, "Place");
export type PlaceConnection = InstanceType<typeof PlaceConnection>;

@ObjectType("NearbyPlace", { description: "A place within the asked radius, with its straight-line distance." })
export class NearbyPlace {
  @Field(() => Place, { description: "The place." })
  place!: Place;

  @Field(() => Float, { description: "Straight-line (great-circle) distance from the asked point, metres, to 0.1 m." })
  distanceMetres!: number;

  @Field(() => Int, { description: "That distance as whole walking minutes at 80 m a minute (docs/places.md)." })
  walkingMinutes!: number;
}

export const NearbyPlaceConnection = Connection(NearbyPlace, "NearbyPlace");
export type NearbyPlaceConnection = InstanceType<typeof NearbyPlaceConnection>;

@ObjectType("PlaceKindCount", { description: "How many places of one kind." })
export class PlaceKindCount {
  @Field(() => PlaceKind, { description: "The kind." })
  kind!: PlaceKind;

  @Field(() => Int, { description: "How many places of that kind." })
  count!: number;
}

@ObjectType("PlaceCounts", { description: "How many service places a unit and the units beneath it have (what partners may read)." })
export class PlaceCounts {
  @Field(() => ID, { description: "The unit counted under." })
  unitId!: string;

  @Field(() => Int, { description: "All places under the unit." })
  total!: number;

  @Field(() => [PlaceKindCount], { description: "Per kind, every kind listed (0 included)." })
  byKind!: PlaceKindCount[];
}

@InputType("OpeningHoursInput", { description: "When a place is open on one weekday." })
export class OpeningHoursInput {
  @Field(() => Weekday, { description: "The day; at most one entry per day." })
  weekday!: Weekday;

  @Field(() => String, { description: "Opening time, HH:MM (24-hour, China Standard Time)." })
  opens!: string;

  @Field(() => String, { description: "Closing time, HH:MM, later than `opens`." })
  closes!: string;
}

@InputType("CreatePlaceInput", { description: "A new service place, filed under a unit in your scope." })
export class CreatePlaceInput {
  @Field(() => String, { description: "Chosen by the client per place; a retry with the same key returns the same place and writes nothing." })
  idempotencyKey!: string;

  @Subject("OrgUnit")
  @Field(() => ID, { nullable: true, description: "The unit that runs it; default: your scope unit." })
  unitId?: string | null;

  @Field(() => PlaceKind, { description: "What kind of place it is." })
  kind!: PlaceKind;

  @Field(() => String, { description: "Its name, at most 60 characters." })
  name!: string;

  @Field(() => String, { description: "Its street address, at most 200 characters." })
  address!: string;

  @Field(() => Float, { description: "Latitude, WGS 84 degrees (-90 to 90)." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude, WGS 84 degrees (-180 to 180)." })
  longitude!: number;

  @Field(() => [OpeningHoursInput], { nullable: true, description: "Opening hours, at most one entry per weekday; default: none listed." })
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => [String], { nullable: true, description: "Services offered, at most 30, each at most 40 characters, no repeats." })
  services?: string[] | null;

  @Field(() => String, { nullable: true, description: "A public contact number: digits, spaces and + - ( ), at most 20 characters." })
  phone?: string | null;
}

@InputType("UpdatePlaceInput", { description: "Changes to a place; fields left out stay as they are." })
export class UpdatePlaceInput {
  @Subject("Place")
  @Field(() => ID, { description: "The place." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a different current version is a CONFLICT (unless this same change by you made it)." })
  expectedVersion!: number;

  @Field(() => PlaceKind, { nullable: true, description: "A new kind." })
  kind?: PlaceKind | null;

  @Field(() => String, { nullable: true, description: "A new name, at most 60 characters." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "A new address, at most 200 characters." })
  address?: string | null;

  @Field(() => Float, { nullable: true, description: "A new latitude; give the longitude with it." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "A new longitude; give the latitude with it." })
  longitude?: number | null;

  @Field(() => [OpeningHoursInput], { nullable: true, description: "The new opening hours, replacing the old." })
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => [String], { nullable: true, description: "The new services, replacing the old." })
  services?: string[] | null;

  @Field(() => String, { nullable: true, description: "A new public contact number." })
  phone?: string | null;
}
