// Sensitive personal data that must never be stored in plain text (a volunteer's ID number and
// phone): sealed with AES-256-GCM for the few readers entitled to it, and found by a keyed hash
// (HMAC-SHA256) for look-ups and uniqueness — the hash, unlike a plain digest, cannot be reversed
// by hashing every possible ID number without the key.
//
// Both keys come from one master key (HKDF), read once per process from the file that
// GRIDNET_SEAL_KEY_FILE names — `npm start` keeps it in its data folder (created on first use,
// mode 0600), the tests in a temporary folder. Each sealed value names the key it was sealed
// with, so a key can be replaced without losing what the old one sealed (docs/volunteers.md).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { sha256 } from "./digest";

export const SEAL_KEY_FILE_ENV = "GRIDNET_SEAL_KEY_FILE";
const FORMAT = "s1";

interface Keys {
  id: string;
  seal: Buffer;
  lookup: Buffer;
}

let keys: Keys | null = null;

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `gridnet ${purpose}`, 32));
}

/** The process's keys, from the key file (made on first use when it does not exist yet). */
function current(): Keys {
  if (keys) return keys;
  const file = process.env[SEAL_KEY_FILE_ENV];
  if (!file) throw new Error(`Sealing is not configured: set ${SEAL_KEY_FILE_ENV} to a key file (npm start keeps one in its data folder).`);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // "wx": two processes starting at once never overwrite each other's key.
    try {
      writeFileSync(file, randomBytes(32).toString("base64"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    chmodSync(file, 0o600);
  }
  const master = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  if (master.length !== 32) throw new Error(`${file} does not hold a 32-byte key (base64).`);
  keys = { id: sha256(master).toString("base64url").slice(0, 8), seal: derive(master, "seal"), lookup: derive(master, "lookup") };
  return keys;
}

/** Seals a value: `s1.<key id>.<iv>.<ciphertext>.<tag>`, all base64url. */
export function seal(plain: string): string {
  const { id, seal: key } = current();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [FORMAT, id, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** Opens a sealed value; throws when it was sealed with another key or was changed. */
export function unseal(sealed: string): string {
  const { id, seal: key } = current();
  const [format, keyId, iv, body, tag] = sealed.split(".");
  if (format !== FORMAT || !iv || !body || !tag) throw new Error("Not a sealed value.");
  if (keyId !== id) throw new Error(`Sealed with key ${keyId}, not the current key ${id}.`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** The keyed hash of a value of one kind ("id-number", "phone"): equal values hash equal. */
export function lookupHash(kind: string, value: string): string {
  return createHmac("sha256", current().lookup).update(`${kind}\u0000${value}`).digest("base64url");
}
