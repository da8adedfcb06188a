// Thin GraphQL bindings for mediation cases; the rules live in mediation.rules.ts.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GridnetContext } from "../context";
import { findVisibleUnit } from "../org";
import { OrgUnit } from "../org";
import { requireActor } from "../auth/guards";
import { Council, visibleCouncil } from "../councils";
import type { SessionRecord } from "./mediation.codec";
import { MediationState } from "./mediation.enums";
import type { CaseView } from "./mediation.view";
import { Place, placeNode } from "../places";
import * as rules from "./mediation.rules";
import {
  CloseMediationCaseInput,
  ConcludeMediationInput,
  FulfilObligationInput,
  MediationCase,
  MediationCaseConnection,
  MediationCounts,
  OpenMediationCaseInput,
  OverdueObligationConnection,
  RecordMediationSessionInput,
  MediationSession,
} from "./mediation.type";

@Resolver(() => MediationCase)
export class MediationResolver {
  @Query(() => MediationCase, {
    nullable: true,
    description: "One mediation case; null when it does not exist or you may not see it (its mediators, admins over its unit and its parties may).",
  })
  mediationCase(@Arg("id", () => ID, { description: "The case's id." }) id: string, @Ctx() ctx: GridnetContext) {
    return rules.mediationCase(ctx, id);
  }

  @Query(() => MediationCaseConnection, { description: "Mediation cases newest first: a unit's (admins), or your own — as a party or mediator (everyone else)." })
  mediationCases(
    @Arg("unitId", () => ID, { nullable: true, description: "Admins: the unit (default: your scope unit)." }) unitId: string | null,
    @Arg("state", () => MediationState, { nullable: true, description: "Only cases in this state." }) state: MediationState | null,
    @Arg("mine", () => Boolean, { nullable: true, description: "Only cases you are a party to or mediate (always so for non-admins)." }) mine: boolean | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (default 50)." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.mediationCases(ctx, { unitId, state, mine, first, after });
  }

  @Query(() => OverdueObligationConnection, { description: "Agreement obligations still owed past their date under a unit in your scope, most overdue first." })
  overdueObligations(
    @Arg("unitId", () => ID, { nullable: true, description: "The unit; default: your scope unit." }) unitId: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (default 50)." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.overdueObligations(ctx, { unitId, first, after });
  }

  @Query(() => MediationCounts, { description: "How many mediation cases a unit in your scope has, by state, and how many obligations are overdue (partners read only this)." })
  mediationCounts(@Arg("unitId", () => ID, { nullable: true, description: "The unit; default: your scope unit." }) unitId: string | null, @Ctx() ctx: GridnetContext) {
    return rules.mediationCounts(ctx, unitId);
  }

  @Mutation(() => MediationCase, { description: "Admins open a mediation case in their scope. Idempotent per idempotencyKey." })
  openMediationCase(@Arg("input", () => OpenMediationCaseInput, { description: "The case." }) input: OpenMediationCaseInput, @Ctx() ctx: GridnetContext) {
    return rules.openMediationCase(ctx, input);
  }

  @Mutation(() => MediationCase, {
    description: "The case's mediators or admins over it record a mediation session (OPEN, IN_MEDIATION) or a circuit-court sitting (IN_MEDIATION, REFERRED).",
  })
  recordMediationSession(@Arg("input", () => RecordMediationSessionInput, { description: "The session." }) input: RecordMediationSessionInput, @Ctx() ctx: GridnetContext) {
    return rules.recordMediationSession(ctx, input);
  }

  @Mutation(() => MediationCase, {
    description: "The case's mediators or admins over it conclude mediation (from IN_MEDIATION): an agreement with its obligations, no agreement, or referral to court.",
  })
  concludeMediation(@Arg("input", () => ConcludeMediationInput, { description: "The outcome." }) input: ConcludeMediationInput, @Ctx() ctx: GridnetContext) {
    return rules.concludeMediation(ctx, input);
  }

  @Mutation(() => MediationCase, { description: "The case's mediators or admins over it record an obligation met (AGREED); the last one closes the case." })
  fulfilObligation(@Arg("input", () => FulfilObligationInput, { description: "The obligation." }) input: FulfilObligationInput, @Ctx() ctx: GridnetContext) {
    return rules.fulfilObligation(ctx, input);
  }

  @Mutation(() => MediationCase, { description: "The case's mediators or admins over it close a referred case with the court's decision (REFERRED → CLOSED)." })
  closeMediationCase(@Arg("input", () => CloseMediationCaseInput, { description: "The decision." }) input: CloseMediationCaseInput, @Ctx() ctx: GridnetContext) {
    return rules.closeMediationCase(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "The unit handling the case (null only if you may no longer see it)." })
  unit(@Root() c: CaseView, @Ctx() ctx: GridnetContext) {
    return findVisibleUnit(ctx, c.unitId);
  }

  @FieldResolver(() => Council, { nullable: true, description: "The council or teahouse it was brought to, when there is one you may see." })
  council(@Root() c: CaseView, @Ctx() ctx: GridnetContext) {
    return c.councilId ? visibleCouncil(ctx, requireActor(ctx), c.councilId) : null;
  }

  @FieldResolver(() => Place, { nullable: true, description: "The service place where it is mediated, when there is one." })
  place(@Root() c: CaseView, @Ctx() ctx: GridnetContext) {
    return c.placeId ? placeNode(ctx, c.placeId) : null;
  }
}

@Resolver(() => MediationSession)
export class MediationSessionResolver {
  @FieldResolver(() => Place, { nullable: true, description: "The service place the session was held at, when there is one." })
  place(@Root() session: SessionRecord, @Ctx() ctx: GridnetContext) {
    return session.placeId ? placeNode(ctx, session.placeId) : null;
  }
}
