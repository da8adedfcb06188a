// The masking patterns case by case, at their edges: what each one must redact, what it must
// leave, and what it is told apart from (an ID number is not "a long number", a mobile with its
// country code is one phone, a house number written with spaces is one house number). Each
// expectation is what docs/personal-data.md promises a partner or a neighbour reads.
import { REDACTED, maskPhone, maskText, namesIn } from "../../api/people/masking";

const { idNumber: ID, phone: PHONE, number: NUMBER, plate: PLATE, house: HOUSE, name: NAME } = REDACTED;

describe("resident ID numbers", () => {
  it.each([
    // Month 11, day 25; month 12, day 31; month 10, day 30; month 09, day 05; born in the 2000s.
    ["500106199011251234", ID],
    ["500106199012311234", ID],
    ["500106199010301234", ID],
    ["500106199009051234", ID],
    ["50010620050615123X", ID],
    ["50010620050615123x", ID],
    // The old 15-digit number.
    ["500106900101123", ID],
  ])("redacts %s as an ID number", (digits, replacement) => {
    expect(maskText(`身份证${digits}已登记`)).toBe(`身份证${replacement}已登记`);
  });

  it.each([
    // No such month or day, or a century that is not 19 or 20: a long number, not an ID.
    ["500106199013011234"],
    ["500106199000011234"],
    ["500106199001321234"],
    ["500106199001001234"],
    ["500106189001011234"],
  ])("redacts %s only as a long number", (digits) => {
    expect(maskText(`编号${digits}已登记`)).toBe(`编号${NUMBER}已登记`);
  });

  it("does not take sixteen or seventeen digits for an old ID number", () => {
    expect(maskText("卡号5001069001011234已冻结")).toBe(`卡号${NUMBER}已冻结`);
  });
});

describe("phones", () => {
  it.each([["13912345678"], ["139-1234-5678"], ["139 1234 5678"], ["+8613912345678"], ["+86 13912345678"], ["+86-139-1234-5678"], ["8613912345678"], ["86 13912345678"]])(
    "redacts the mobile %s as one phone",
    (phone) => {
      expect(maskText(`请拨${phone}。`)).toBe(`请拨${PHONE}。`);
    },
  );

  it.each([["023-65123456"], ["(023)65123456"], ["023 65123456"], ["65123456"], ["6512345"]])("redacts the landline %s as one phone", (phone) => {
    expect(maskText(`座机${phone}。`)).toBe(`座机${PHONE}。`);
  });

  it("leaves short numbers and counts alone", () => {
    expect(maskText("3 盏灯，1234 元，第12网格")).toBe("3 盏灯，1234 元，第12网格");
  });
});

describe("other long numbers", () => {
  it("redacts a bank card whole, wherever it stands", () => {
    expect(maskText("银行卡6222021234567890123已冻结")).toBe(`银行卡${NUMBER}已冻结`);
    expect(maskText("6222021234567890123")).toBe(NUMBER);
    expect(maskText("工号：123456789")).toBe(`工号：${NUMBER}`);
  });
});

describe("plates", () => {
  it.each([["渝A12345"], ["渝A·D12345"], ["渝A•D1234"], ["渝A D12345"], ["渝A-D12345"], ["川B123456"]])("redacts %s", (plate) => {
    expect(maskText(`车牌${plate}停在楼下`)).toBe(`车牌${PLATE}停在楼下`);
  });

  it("needs a province, a letter and five or six more", () => {
    expect(maskText("型号AB12345")).toBe("型号AB12345");
    expect(maskText("渝a12345")).toBe("渝a12345");
    expect(maskText("渝A1234停")).toBe("渝A1234停");
    expect(maskText("渝A1234567停")).toBe("渝A1234567停");
  });
});

describe("house numbers", () => {
  it.each([
    ["3栋2单元501室"],
    ["3栋2单元501"],
    ["12栋"],
    ["5号楼"],
    ["3 栋 2 单元 501 室"],
    ["3栋-501"],
    ["3栋 - 501室"],
    ["3栋－501"],
    ["12-3-501"],
    ["12-34-1201"],
    ["1－2－301"],
  ])("redacts %s as one house number", (house) => {
    expect(maskText(`住${house}，`)).toBe(`住${HOUSE}，`);
  });

  it("does not take a dashed run that is too long in any part for a house number", () => {
    expect(maskText("编号1234-5-678，")).toBe("编号1234-5-678，");
    expect(maskText("编号12-345-678，")).toBe("编号12-345-678，");
    expect(maskText("编号12-3-56789，")).toBe("编号12-3-56789，");
    expect(maskText("编号12-3-50，")).toBe("编号12-3-50，");
  });
});

describe("names", () => {
  it("stops a name before the word written after it", () => {
    expect(maskText("业主王芳反映漏水")).toBe(`业主${NAME}反映漏水`);
    expect(maskText("业主王芳家漏水")).toBe(`业主${NAME}家漏水`);
    expect(maskText("业主王芳芳漏水")).toBe(`业主${NAME}漏水`);
  });

  it("takes a known name with the spaces around it trimmed", () => {
    expect(maskText("何平说明天修", [" 何平 "])).toBe(`${NAME}说明天修`);
  });

  it("finds the names a text marks, each once, and none in empty texts", () => {
    expect(namesIn(["联系人张伟13912345678", null, "", undefined, "张伟说好", "王阿姨来过", "业主刘强反映"])).toEqual(["张伟", "王阿姨", "刘强"]);
    expect(namesIn([])).toEqual([]);
    expect(namesIn([null, ""])).toEqual([]);
  });

  it("does not find a name in an ID number or a phone's digits", () => {
    expect(namesIn(["电话13912345678"])).toEqual([]);
  });
});

describe("maskPhone", () => {
  it.each([
    ["+86 138 1234 5678", "861****5678"],
    ["(023)6512", "*****12"],
    ["1234", "**34"],
    ["12-34", "**34"],
    ["1-2-3", "****"],
  ])("masks %j as %j", (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
