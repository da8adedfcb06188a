// The volunteers feature's plain enums (no GraphQL import; volunteer.type.ts registers them).

/** The Hongyan volunteer corps' tiers (红岩志愿者): one corps, a branch per street or town, a squad per community or village, and specialist teams. */
export enum TeamKind {
  CORPS = "CORPS",
  BRANCH = "BRANCH",
  SQUAD = "SQUAD",
  SPECIALIST = "SPECIALIST",
}

/** What a specialist team does ("9+N"). */
export enum Specialty {
  LEGAL_AID = "LEGAL_AID",
  MEDICAL = "MEDICAL",
  EMERGENCY_RESCUE = "EMERGENCY_RESCUE",
  CULTURE = "CULTURE",
  ENVIRONMENT = "ENVIRONMENT",
  EDUCATION = "EDUCATION",
  ELDERLY_CARE = "ELDERLY_CARE",
  PSYCHOLOGICAL_SUPPORT = "PSYCHOLOGICAL_SUPPORT",
  COMMUNITY_SAFETY = "COMMUNITY_SAFETY",
  /** The "+N": a team a street or community raises for itself (党员先锋团, 能人帮帮团). */
  OTHER = "OTHER",
}

export enum VolunteerStatus {
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  LEFT = "LEFT",
}

export enum TeamRole {
  LEADER = "LEADER",
  MEMBER = "MEMBER",
}
