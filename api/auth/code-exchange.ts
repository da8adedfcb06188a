// Turning a WeChat mini-program login code (from wx.login()) into a gridnet person: the one
// step that differs between `npm start` and a deployment. The endpoint (wechat-login.ts)
// takes any CodeExchange; what each one trusts is in docs/wechat-login.md. The dev exchange
// is in dev-code-exchange.ts, apart, so the Lambda bundle never carries it.
export interface CodeExchange {
  /** The person a login code belongs to, or null when the code is not accepted. */
  exchange(code: string): Promise<{ personId: string } | null>;
}

/**
 * The slot for WeChat's own exchange (`auth.code2Session`, GET …/sns/jscode2session with the
 * mini-program's AppID and AppSecret → openid / unionid). Not implemented in this version:
 * it needs the AppSecret from a secret store, an outbound call to WeChat, and a stored link
 * from openid to person id, none of which gridnet has yet. These are the names a
 * deployment will configure it with.
 */
export interface WeChatSessionExchangeConfig {
  /** GRIDNET_WECHAT_APPID: the mini-program's AppID. */
  appId: string;
  /** GRIDNET_WECHAT_SECRET_ARN: the Secrets Manager secret holding its AppSecret (never in the environment itself). */
  appSecretArn: string;
}
