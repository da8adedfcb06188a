// What a notification is about, as plain values (the stream Lambda loads them without GraphQL).
// The platform names no kind: each feature that notifies declares its own kinds and the subject
// types its notifications point at (declareKinds, declareSubjects in its <feature>.notices.ts),
// and adds them to the two interfaces below by augmentation:
//   declare module "../notifications/notification.enums" { interface NotificationKinds extends KindsOf<typeof ISSUE_KINDS> {} }
// The GraphQL enums are built from what was declared, in list order.

/** Every declared notification kind, as its keys. */
// biome-ignore lint/suspicious/noEmptyInterface: features augment it (declaration merging)
export interface NotificationKinds {}
export type NotificationKind = Extract<keyof NotificationKinds, string>;

/** Every declared subject type, as its keys. */
// biome-ignore lint/suspicious/noEmptyInterface: features augment it (declaration merging)
export interface SubjectTypes {}
export type SubjectType = Extract<keyof SubjectTypes, string>;

/** The keys of a set of declared values, for the augmentation. */
export type KindsOf<T> = { [K in keyof T]: true };

/** The enum objects and descriptions the GraphQL contract is built from (notification.type.ts). */
export const NOTIFICATION_KIND_VALUES: Record<string, string> = {};
export const NOTIFICATION_KIND_DESCRIPTIONS: Record<string, { description: string }> = {};
export const SUBJECT_TYPE_VALUES: Record<string, string> = {};
export const SUBJECT_TYPE_DESCRIPTIONS: Record<string, { description: string }> = {};

function declare<K extends string>(values: Record<string, string>, descriptions: Record<string, { description: string }>, described: Record<K, string>) {
  for (const [value, description] of Object.entries<string>(described)) {
    if (value in values) throw new Error(`${value} is declared twice.`);
    values[value] = value;
    descriptions[value] = { description };
  }
  return Object.fromEntries(Object.keys(described).map((value) => [value, value])) as { readonly [P in K]: P };
}

/** A feature's notification kinds, each with what it tells its recipient. */
export function declareKinds<K extends string>(described: Record<K, string>): { readonly [P in K]: P } {
  return declare(NOTIFICATION_KIND_VALUES, NOTIFICATION_KIND_DESCRIPTIONS, described);
}

/** The record types a feature's notifications point at, each with how to open one. */
export function declareSubjects<K extends string>(described: Record<K, string>): { readonly [P in K]: P } {
  return declare(SUBJECT_TYPE_VALUES, SUBJECT_TYPE_DESCRIPTIONS, described);
}

/** A stored kind or subject type: a declared value's shape (the stream Lambda knows no feature's list). */
export const VALUE_PATTERN = /^[A-Z][A-Z_]{0,39}$/;
