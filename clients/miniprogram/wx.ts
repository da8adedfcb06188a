// The part of WeChat's `wx` object this module calls, as a structural type. The official
// typings (miniprogram-api-typings) declare globals of a mini-program's runtime — `console`,
// `require`, `module` — that collide with Node's, so they cannot join the program the server
// and tests compile in. typings-check/ compiles against them alone and proves that what this
// module passes is what the official types accept, and what it reads is what they promise.

/** wx.request's options as this module fills them (a subset of WechatMiniprogram.RequestOption). */
export interface WxRequestOption {
  url: string;
  method?: "OPTIONS" | "GET" | "HEAD" | "POST" | "PUT" | "DELETE" | "TRACE" | "CONNECT";
  header?: Record<string, string>;
  data?: string;
  /** Anything but "json": WeChat then hands the body over as text, unparsed. */
  dataType?: string;
  responseType?: "text" | "arraybuffer";
  timeout?: number;
  success?: (result: WxRequestSuccess) => void;
  fail?: (error: WxFailure) => void;
}

/** What wx.request's success callback carries that this module reads. */
export interface WxRequestSuccess {
  statusCode: number;
  data: string | Record<string, unknown> | ArrayBuffer;
}

/** Every wx API's failure: errMsg such as "request:fail timeout". */
export interface WxFailure {
  errMsg: string;
}

export interface WxLoginOption {
  timeout?: number;
  success?: (result: { code: string }) => void;
  fail?: (error: WxFailure) => void;
}

export interface WxGetRandomValuesOption {
  length: number;
  success?: (result: { randomValues: ArrayBuffer }) => void;
  fail?: (error: WxFailure) => void;
}

export interface Wx {
  request(option: WxRequestOption): unknown;
  login(option: WxLoginOption): unknown;
  /** Base library 2.15.0+ (absent before, and in plugins): cryptographically secure bytes, asynchronously. */
  getRandomValues?(option: WxGetRandomValuesOption): unknown;
  getStorageSync?(key: string): unknown;
  setStorageSync?(key: string, data: unknown): void;
  removeStorageSync?(key: string): void;
}
