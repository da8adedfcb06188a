export { createMiniProgramClient, MiniProgramClient, type MiniProgramClientOptions } from "./client";
export { createSession, login, loginUrlFor, type LoginOptions, type LoginPerson, type LoginResult, type SessionOptions, type WechatSession } from "./login";
export { uuidV4 } from "./uuid";
export type { Wx } from "./wx";
export { wxFetch } from "./wx-fetch";
export * from "./sdk";
