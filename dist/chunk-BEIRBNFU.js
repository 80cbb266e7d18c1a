import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/rating.ts
var RATING_IDS = ["tot", "kha", "trung_binh", "kem"];
var zeroRatings = () => ({ tot: 0, kha: 0, trung_binh: 0, kem: 0 });

export {
  RATING_IDS,
  zeroRatings
};
