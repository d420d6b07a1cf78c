// Score arithmetic in hundredths. Binary floats turn 1.005 × 100 into 100.49999999999999, so every
// product is first cut to 12 significant digits (100.5) and only then rounded, ceiled or floored.

function toCents(value: number): number {
  return Number.parseFloat((value * 100).toPrecision(12));
}

/** Rounds to 2 decimals, half away from zero (half up for scores), without float artefacts. */
export function roundScore(value: number): number {
  const cents = toCents(value);
  return (cents < 0 ? -Math.round(-cents) : Math.round(cents)) / 100;
}

/** Smallest 2-decimal value ≥ value (lower bound of an inclusive band). */
export function ceilScore(value: number): number {
  return Math.ceil(toCents(value)) / 100;
}

/** Largest 2-decimal value ≤ value, or < value when `exclusive` (upper bound of a band). */
export function floorScore(value: number, exclusive = false): number {
  const cents = toCents(value);
  const floored = Math.floor(cents);
  return (exclusive && floored === cents ? floored - 1 : floored) / 100;
}
