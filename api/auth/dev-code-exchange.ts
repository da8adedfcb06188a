// The login-code exchange `npm start` and the tests use (docs/wechat-login.md): no WeChat,
// no secret, a code that names the person.
import { DEMO_USERS } from "../seed/shapingba";
import type { CodeExchange } from "./code-exchange";

export const DEV_CODE_PREFIX = "dev:";

/**
 * For `npm start` and the tests only: the code `dev:<person id>` (`dev:u-grid-worker`) or
 * `dev:<login name>` (a demo user's id without `u-`: `dev:grid-worker`) signs in as that
 * person. It checks nothing — anyone who can send a code becomes anyone — so nothing deployed
 * constructs it (wechatLoginFromEnv refuses it).
 */
export function devCodeExchange(): CodeExchange {
  return {
    async exchange(code) {
      if (!code.startsWith(DEV_CODE_PREFIX)) return null;
      const name = code.slice(DEV_CODE_PREFIX.length);
      if (name.length === 0) return null;
      const demo = DEMO_USERS.find((u) => u.id === `u-${name}`);
      // Any other person id is passed on: the endpoint refuses one that is not in the table.
      return { personId: demo ? demo.id : name };
    },
  };
}
