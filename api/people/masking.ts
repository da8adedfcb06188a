// Personal data shown to roles not entitled to it (partners): enough to tell records apart,
// not enough to identify a person. 张三丰 → 张**, 13812345678 → 138****5678.
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? "*" : chars[0] + "*".repeat(chars.length - 1);
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length < 7 ? "****" : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
