// The TypeScript client's Fetch over wx.request. Any HTTP answer — a 500 or a gateway's HTML
// page included — resolves with its text, and the client decides what it means; only a
// request that got no answer (wx.request's fail: offline, DNS, timeout, a domain not on the
// mini-program's allow-list) rejects, which the client reports as NETWORK_ERROR and retries
// when that is safe.
import type { Fetch } from "./sdk";
import type { Wx, WxRequestOption } from "./wx";

export function wxFetch(wx: Pick<Wx, "request">, options: { timeoutMs?: number } = {}): Fetch {
  return (url, init) =>
    new Promise((resolve, reject) => {
      wx.request({
        url,
        method: init.method as WxRequestOption["method"],
        header: init.headers,
        data: init.body,
        // Not "json": the client parses the body itself, so a non-JSON answer is BAD_RESPONSE.
        dataType: "text",
        responseType: "text",
        ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
        success: (result) => {
          const text = bodyText(result.data);
          resolve({ ok: result.statusCode >= 200 && result.statusCode < 300, status: result.statusCode, text: async () => text });
        },
        fail: (error) => reject(new Error(`wx.request failed: ${error?.errMsg ?? "no answer"}`)),
      });
    });
}

/** The body as text: with responseType "text" and a non-JSON dataType WeChat gives a string. */
function bodyText(data: string | Record<string, unknown> | ArrayBuffer): string {
  if (typeof data === "string") return data;
  // The runtime ignored the options: an object is JSON it parsed (turned back into text); bytes
  // are not decoded here (no TextDecoder in older base libraries), so the client says BAD_RESPONSE.
  return data instanceof ArrayBuffer ? "" : JSON.stringify(data);
}
