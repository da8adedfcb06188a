// The places feature's public surface for other features (councils meet at a place, mediation
// sessions are held at one): they import this file only.
export type { PlaceRecord } from "./place.codec";
export { placeNode } from "./place.rules";
export { demoPlaces } from "./place.seed";
export { Place } from "./place.type";
