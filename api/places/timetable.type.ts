import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTime } from "../../schema/common/date-time";
import { Weekday } from "./place.enums";
import { Place } from "./place.type";
import { Personal, Safe, Subject } from "../../schema/common/privacy";

@ObjectType("TimetableSlot", { description: "One weekly session at a place: a department that comes down on a weekday to offer a service." })
export class TimetableSlot {
  @Field(() => Weekday, { description: "The day it recurs on, every week." })
  weekday!: Weekday;

  @Safe()
  @Field(() => String, { description: "Start, HH:MM (China Standard Time)." })
  start!: string;

  @Safe()
  @Field(() => String, { description: "End, HH:MM, later than `start`." })
  end!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "Who comes, e.g. 区委组织部, 街道领导, 司法所." })
  department!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "What they offer, e.g. 党史课, 接待群众, 法律援助咨询." })
  service!: string;

  @Personal("TEXT")
  @Field(() => String, { nullable: true, description: "Anything residents should know, if given." })
  note!: string | null;
}

@ObjectType("Timetable", { description: "A place's weekly schedule (e.g. a teahouse's: Monday the party-history class, Tuesday street leaders receive residents)." })
export class Timetable {
  @Field(() => ID, { description: "The place it belongs to." })
  placeId!: string;

  @Field(() => Int, { description: "0 before any schedule is set; pass it as `expectedVersion` to setPlaceTimetable." })
  version!: number;

  @Field(() => [TimetableSlot], { description: "The sessions, Monday first, then by start time." })
  slots!: TimetableSlot[];

  @Field(() => DateTime, { nullable: true, description: "When it was last set; null before that." })
  updatedAt!: string | null;
}

@ObjectType("NearbySession", { description: "A session on at a place near you." })
export class NearbySession {
  @Field(() => Place, { description: "Where." })
  place!: Place;

  @Field(() => Float, { description: "Straight-line distance from the asked point, metres, to 0.1 m." })
  distanceMetres!: number;

  @Field(() => Int, { description: "That distance as whole walking minutes at 80 m a minute." })
  walkingMinutes!: number;

  @Field(() => TimetableSlot, { description: "What is on, and when." })
  slot!: TimetableSlot;
}

@ObjectType("NearbyDay", { description: "One day of this week and what is on near you that day." })
export class NearbyDay {
  @Field(() => Weekday, { description: "The weekday." })
  weekday!: Weekday;

  @Safe()
  @Field(() => String, { description: "Its calendar date this week in China Standard Time, YYYY-MM-DD." })
  date!: string;

  @Field(() => [NearbySession], { description: "The sessions, by start time, then nearest first." })
  sessions!: NearbySession[];
}

@ObjectType("NearbyWeek", { description: "What is on at the places near a point this week (Monday to Sunday, China Standard Time)." })
export class NearbyWeek {
  @Safe()
  @Field(() => String, { description: "This week's Monday, YYYY-MM-DD." })
  weekStarts!: string;

  @Field(() => Int, { description: "How many places within the radius were looked at (the nearest 100 at most)." })
  placesConsidered!: number;

  @Field(() => [NearbyDay], { description: "Each day asked for (all seven by default), Monday first." })
  days!: NearbyDay[];
}

@InputType("TimetableSlotInput", { description: "One weekly session." })
export class TimetableSlotInput {
  @Field(() => Weekday, { description: "The day it recurs on." })
  weekday!: Weekday;

  @Field(() => String, { description: "Start, HH:MM (China Standard Time)." })
  start!: string;

  @Field(() => String, { description: "End, HH:MM, later than `start`." })
  end!: string;

  @Field(() => String, { description: "Who comes, at most 40 characters." })
  department!: string;

  @Field(() => String, { description: "What they offer, at most 80 characters." })
  service!: string;

  @Field(() => String, { nullable: true, description: "A note for residents, at most 200 characters." })
  note?: string | null;
}

@InputType("SetPlaceTimetableInput", { description: "A place's whole weekly schedule, replacing the one before." })
export class SetPlaceTimetableInput {
  @Subject("Place")
  @Field(() => ID, { description: "The place." })
  placeId!: string;

  @Field(() => Int, { description: "The timetable version you read (0 when none was set); a different current version is a CONFLICT unless this same schedule by you made it." })
  expectedVersion!: number;

  @Field(() => [TimetableSlotInput], { description: "At most 60 sessions; none clears the schedule." })
  slots!: TimetableSlotInput[];
}
