import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/rules/words.ts
var KIND_NAMES = {
  regular: { vi: "th\u01B0\u1EDDng k\u1EF3", en: "regular" },
  thematic: { vi: "chuy\xEAn \u0111\u1EC1", en: "thematic" },
  combined: { vi: "th\u01B0\u1EDDng k\u1EF3 k\u1EBFt h\u1EE3p chuy\xEAn \u0111\u1EC1", en: "combined regular and thematic" }
};
function criterionLabel(id, lang) {
  const item = id.includes(".");
  if (lang === "vi") return `${item ? "m\u1EE5c" : "ti\xEAu ch\xED"} ${id}`;
  return `${item ? "item" : "criterion"} ${id}`;
}
var quarterName = (quarter, year, lang) => lang === "vi" ? `qu\xFD ${["I", "II", "III", "IV"][quarter - 1]}/${year}` : `Q${quarter} ${year}`;

export {
  KIND_NAMES,
  criterionLabel,
  quarterName
};
