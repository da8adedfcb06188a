// The masking layer without a server: structured fields masked by meaning, free text
// redacted by pattern and by the names the record names (docs/personal-data.md).
import { REDACTED, maskName, maskPhone, maskText, roundCoordinate } from "../../api/people/masking";

it.each([
  ["张三丰", "张**"],
  ["王芳", "王*"],
  ["欧阳娜娜", "欧***"],
  ["李", "*"],
  ["", "*"],
  // One character outside the Basic Multilingual Plane (a rare surname) is one character.
  ["𠀀明", "𠀀*"],
  ["Alice", "A****"],
])("maskName(%j) is %j", (name, masked) => {
  expect(maskName(name)).toBe(masked);
});

it.each([
  ["13812345678", "138****5678"],
  ["138-1234-5678", "138****5678"],
  ["138 1234 5678", "138****5678"],
  ["023-65123456", "023****3456"],
  ["65123456", "******56"],
  ["6512345", "*****45"],
  ["12345", "***45"],
  ["123", "****"],
  ["", "****"],
])("maskPhone(%j) is %j", (phone, masked) => {
  expect(maskPhone(phone)).toBe(masked);
});

it.each([
  [29.567891, 29.568],
  [106.4563, 106.456],
  [-33.86785, -33.868],
  [30, 30],
  [null, null],
])("roundCoordinate(%p) is %p", (value, rounded) => {
  expect(roundCoordinate(value)).toBe(rounded);
});

it.each([
  ["身份证500106199001011234已登记", `身份证${REDACTED.idNumber}已登记`],
  ["身份证 50010619900101123X", `身份证 ${REDACTED.idNumber}`],
  ["请拨13912345678", `请拨${REDACTED.phone}`],
  ["座机 023-65123456", `座机 ${REDACTED.phone}`],
  ["张伟(13912345678)来电", `${REDACTED.name}(${REDACTED.phone})来电`],
  ["住3栋2单元501室", `住${REDACTED.house}`],
  ["车牌渝A12345", `车牌${REDACTED.plate}`],
  ["居民张三丰说灯坏了", `居民${REDACTED.name}说灯坏了`],
  ["找王师傅修", `找${REDACTED.name}修`],
  // A surname's character starting an ordinary word after 业主 is not a name.
  ["业主车位被占", "业主车位被占"],
  ["3 盏路灯不亮，第2网格", "3 盏路灯不亮，第2网格"],
])("maskText(%j) is %j", (text, masked) => {
  expect(maskText(text)).toBe(masked);
});

describe("maskText with the names the record names", () => {
  it("replaces each name wherever it appears", () => {
    expect(maskText("何平已到场，何平说明天修", ["何平"])).toBe(`${REDACTED.name}已到场，${REDACTED.name}说明天修`);
  });

  it("replaces the longest name first, so a longer name leaves no tail", () => {
    expect(maskText("王芳芳来了", ["王芳", "王芳芳"])).toBe(`${REDACTED.name}来了`);
  });

  it("takes names literally, not as patterns", () => {
    expect(maskText("A.B 与 AxB", ["A.B"])).toBe(`${REDACTED.name} 与 AxB`);
  });

  it("ignores names shorter than two characters, which would hit ordinary words", () => {
    expect(maskText("国王的新衣", ["王", " ", ""])).toBe("国王的新衣");
  });
});
