// The masking layer: what personal data looks like to readers not entitled to it (partners,
// and residents reading someone else's record). Structured fields are masked by their meaning
// (a name, a phone); free text is personal data too — residents and officers write phone
// numbers, ID numbers, plates, house numbers and names into titles, notes and results — so it
// is redacted by pattern and by the names of the people the record names.
// What each role sees, field by field, is written down in docs/personal-data.md.

/** 张三丰 → 张**: enough to tell records apart, not enough to identify a person. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? "*" : chars[0] + "*".repeat(chars.length - 1);
}

/**
 * 13812345678 → 138****5678: a mobile keeps its carrier prefix and last four. Shorter numbers
 * (landlines) keep only their last two, so at least half of every number is hidden.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return digits.length < 4 ? "****" : `${"*".repeat(digits.length - 2)}${digits.slice(-2)}`;
}

/** About 100 m: three decimals of a degree is ~111 m of latitude (less of longitude). */
export function roundCoordinate(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

/** What replaces each kind of personal data in free text. */
export const REDACTED = {
  idNumber: "[身份证号]",
  phone: "[电话]",
  number: "[号码]",
  plate: "[车牌]",
  house: "[门牌]",
  name: "[姓名]",
} as const;

// The commonest Chinese surnames (a few hundred cover nearly every resident); used only to
// recognise a name written next to a phone number or after words like 业主 or 联系人.
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漆钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强柴华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花仇艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧桑荆谌银扬明沙薄伏岑习胥保和蔺";
const SURNAME = `[${SURNAMES}]`;
const HAN = "\\p{Script=Han}";
// Characters that start the words written after a name (反映, 说, 家, 在 …), so "业主王芳反映"
// loses 王芳, not 王芳反; a three-character name keeps its third character otherwise.
const AFTER_NAME = "反说称讲家在的了要因等表投来去到被和与及于向对把将已也都还又不没是有住请申报诉求打找称同";
// Words that start with a surname's character but label what follows (银行卡 6222…, 车牌 …).
const NOT_A_NAME = "(?!银行|车牌|车位|车主|车库|单元|房号|门牌|关于|严重|于是|金额|费用|邮编|任务)";
const NAME = `${NOT_A_NAME}${SURNAME}${HAN}(?:(?![${AFTER_NAME}])${HAN})?`;

// Order matters: an ID number contains an 11-digit run that looks like a phone; a house number
// "3栋2单元501" must go before the bare-number rule sees "501".
const NUMBER_PATTERNS: [RegExp, string][] = [
  // 18-digit resident ID (last may be X), and the old 15-digit one.
  [/(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/gu, REDACTED.idNumber],
  [/(?<!\d)\d{15}(?!\d)/gu, REDACTED.idNumber],
  // Mainland mobiles, with or without +86 and separators: 13812345678, 138-1234-5678.
  [/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/gu, REDACTED.phone],
  // Landlines: 023-65123456, (023)65123456, 6512345.
  [/(?<!\d)(?:\(?0\d{2,3}\)?[- ]?)?[2-9]\d{6,7}(?!\d)/gu, REDACTED.phone],
  // Any other long number (bank cards, social-security numbers, an unseparated landline).
  [/(?<!\d)\d{9,}(?!\d)/gu, REDACTED.number],
  // Plates: province character, letter, five or six letters/digits (渝A12345, 渝A·D12345).
  [/[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•\s-]?[A-Z0-9]{5,6}(?![A-Za-z0-9])/gu, REDACTED.plate],
  // House numbers: 3栋2单元501(室), 5号楼, 12-3-501, 501室.
  [/\d+\s*(?:栋|幢|座|号楼|单元|楼|层|室|号|户)(?:\s*[-－]?\s*\d+\s*(?:栋|幢|座|号楼|单元|楼|层|室|号|户)?)*/gu, REDACTED.house],
  [/(?<!\d)\d{1,3}[-－]\d{1,2}[-－]\d{3,4}(?!\d)/gu, REDACTED.house],
];

// Names the text itself marks as names; they run after the numbers are redacted, so a name
// written before a number is seen before its "[电话]".
const NAME_PATTERNS: RegExp[] = [
  // A name right before a contact detail: 张伟(13912345678), 李德文 [电话], 张伟电话13912345678.
  new RegExp(`${NAME}(?=(?:家|的)?\\s*(?:的)?(?:联系电话|联系方式|电话|手机号?|身份证号?)?\\s*[（(：:，,]?\\s*\\[(?:电话|身份证号|号码)\\])`, "gu"),
  // A name after the words that introduce one: 业主王芳, 联系人：刘强.
  new RegExp(`(?<=(?:联系人|业主|居民|住户|户主|姓名|当事人|报告人|老人|申请人)[：:\\s]?)${NAME}`, "gu"),
  // A surname with a form of address: 李叔叔, 王阿姨, 张先生.
  new RegExp(`${SURNAME}(?:先生|女士|小姐|阿姨|叔叔|伯伯|大爷|大妈|奶奶|爷爷|师傅|老师|大姐|大哥)`, "gu"),
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Free text with personal data redacted: ID numbers, phones, long numbers, plates, house
 * numbers, the `names` of people the record names (reporter, assignee, actors, grid workers),
 * and names the text itself marks as names. Text without any comes back unchanged.
 */
export function maskText(text: string, names: readonly string[] = []): string {
  let masked = text;
  const known = [...new Set(names.map((n) => n.trim()).filter((n) => [...n].length >= 2))].sort((a, b) => b.length - a.length);
  if (known.length > 0) masked = masked.replace(new RegExp(known.map(escapeRegExp).join("|"), "gu"), REDACTED.name);
  masked = redactNumbers(masked);
  for (const pattern of NAME_PATTERNS) masked = masked.replace(pattern, REDACTED.name);
  return masked;
}

/**
 * The names that `texts` mark as names (next to a phone, after 业主 or 联系人, with 先生 or
 * 阿姨). A record passes every text it holds, so a name marked once — 联系人张伟 in a description
 * — is redacted from all of them, the title and the timeline's "上门见张伟" included.
 */
export function namesIn(texts: readonly (string | null | undefined)[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const plain = redactNumbers(text);
    for (const pattern of NAME_PATTERNS) for (const match of plain.matchAll(pattern)) found.add(match[0]);
  }
  return [...found];
}

function redactNumbers(text: string): string {
  let masked = text;
  for (const [pattern, replacement] of NUMBER_PATTERNS) masked = masked.replace(pattern, replacement);
  return masked;
}
