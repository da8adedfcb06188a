// Compiled by `npm run typecheck` with WeChat's official typings and no Node types
// (tsconfig.json beside this file): the structural types in ../wx.ts must fit them.
import type { Wx, WxGetRandomValuesOption, WxLoginOption, WxRequestOption, WxRequestSuccess } from "../wx";

type Fits<A, B> = [A] extends [B] ? true : false;
const fits = <T extends true>(): T | undefined => undefined;

// The real `wx` object can be passed wherever this module asks for a Wx.
export const wxFits: Wx = wx;
// What this module passes is what WeChat's APIs accept.
fits<Fits<WxRequestOption, WechatMiniprogram.RequestOption>>();
fits<Fits<WxLoginOption, WechatMiniprogram.LoginOption>>();
fits<Fits<WxGetRandomValuesOption, WechatMiniprogram.GetRandomValuesOption>>();
// What it reads is what they promise.
fits<Fits<WechatMiniprogram.RequestSuccessCallbackResult, WxRequestSuccess>>();
fits<Fits<WechatMiniprogram.LoginSuccessCallbackResult, { code: string }>>();
fits<Fits<WechatMiniprogram.GetRandomValuesSuccessCallbackResult, { randomValues: ArrayBuffer }>>();
