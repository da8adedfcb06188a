// RFC 4122 version-4 UUIDs in a mini-program, for idempotency keys. WeChat has no
// crypto.randomUUID; wx.getRandomValues (base library 2.15.0+) gives secure bytes, but only
// through a callback. Where it is missing or fails, Math.random fills in: not secure, which an
// idempotency key does not need — it must only not collide with the same person's other keys,
// and 122 random bits from Math.random do not in practice.
import type { Wx } from "./wx";

/** A new v4 UUID such as "0f8fad5b-d9cb-469f-a165-70867728950e". */
export async function uuidV4(wx: Pick<Wx, "getRandomValues">): Promise<string> {
  const bytes = (await secureBytes(wx, 16)) ?? fallbackBytes(16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10xx (RFC 4122)
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `length` secure random bytes from wx.getRandomValues, or null when it is absent or fails. */
function secureBytes(wx: Pick<Wx, "getRandomValues">, length: number): Promise<Uint8Array | null> {
  const getRandomValues = wx.getRandomValues;
  if (typeof getRandomValues !== "function") return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      getRandomValues.call(wx, {
        length,
        success: ({ randomValues }) => resolve(randomValues.byteLength === length ? new Uint8Array(randomValues) : null),
        fail: () => resolve(null),
      });
    } catch {
      resolve(null);
    }
  });
}

function fallbackBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}
