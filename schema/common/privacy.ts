// What a field of the contract may carry, declared where the field is: every String an output
// type returns says whether it can hold personal data, and every id an input names says what
// it references. The declarations live in the built schema (as GraphQL field extensions), so
// the server enforces them on every path and a schema-wide test fails on a field that has
// none — a forgotten field is refused by the tests and masked by the server, never leaked.
// docs/personal-data.md lists every field's class; docs/contract.md the references.
import { Extensions } from "type-graphql";

/**
 * How a string field is shown to a reader not entitled to its object's personal data:
 * - SAFE     codes, ids, enum-like labels, unit, category and organisation names: as written;
 * - TEXT     free text (titles, notes, reasons, results, agendas, …): through the masking layer,
 *            with the names the record knows or detects redacted everywhere in it;
 * - NAME     a person's name: 张** (surname kept);
 * - PHONE    a person's phone: 138****5678;
 * - ADDRESS  a street address: through the masking layer (house numbers, phones, names);
 * - WITHHELD not shown at all (null, or an empty list): photos, exact addresses of homes.
 */
export type PrivacyClass = "SAFE" | "TEXT" | "NAME" | "PHONE" | "ADDRESS" | "WITHHELD";
export const PRIVACY_CLASSES: readonly PrivacyClass[] = ["SAFE", "TEXT", "NAME", "PHONE", "ADDRESS", "WITHHELD"];

/** The extension key a field's class is kept under in the built schema. */
export const PRIVACY = "privacy";

/** A string that never holds personal data: a code, an id, a label, a unit's or category's name. */
export const Safe = () => Extensions({ [PRIVACY]: "SAFE" satisfies PrivacyClass });

/** A string that can hold personal data, and how it is masked for readers not entitled to it. */
export const Personal = (kind: Exclude<PrivacyClass, "SAFE">) => Extensions({ [PRIVACY]: kind });

/**
 * How an input's id is checked before anything is written:
 * - REFERENCE  another object the command links to (a member, a mediator, an agenda item's
 *              issue, a place): loaded by its type's single read for the actor, and NOT_FOUND
 *              when it does not exist or the actor may not see it — the two are not told apart;
 * - SUBJECT    the object the command acts on or within (the issue transitioned, the unit a
 *              council is created in): loaded by the command itself, which answers NOT_FOUND or
 *              FORBIDDEN by its policy row;
 * - PART       a key inside the subject (an agenda item, a member, a party, an obligation):
 *              checked by the command against the loaded subject.
 */
export type ReferenceKind = "REFERENCE" | "SUBJECT" | "PART";

/** The extension keys of an input id's declaration. */
export const REFERENCE = "references";
export const REFERENCE_KIND = "referenceKind";

/** Names another object of GraphQL type `typename`, checked by its single read before any write. */
export const References = (typename: string) => Extensions({ [REFERENCE]: typename, [REFERENCE_KIND]: "REFERENCE" satisfies ReferenceKind });

/** The object of type `typename` the command acts on or within; the command loads and judges it. */
export const Subject = (typename: string) => Extensions({ [REFERENCE]: typename, [REFERENCE_KIND]: "SUBJECT" satisfies ReferenceKind });

/** A key inside the subject, of kind `what` (e.g. "AgendaItem"); the command checks it. */
export const PartOf = (what: string) => Extensions({ [REFERENCE]: what, [REFERENCE_KIND]: "PART" satisfies ReferenceKind });
