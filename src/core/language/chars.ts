// Character classes the people recognizer needs.

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** The dot inside transliterated names (让·皮埃尔), in its common encodings. */
export function isNameDot(code: number): boolean {
  return code === 0xb7 || code === 0x30fb || code === 0x2022 || code === 0xff0e || code === 0x2027 || code === 0x2219;
}

/**
 * Whether a code unit can be part of a person's name: Han characters (those outside the BMP come as
 * surrogate pairs), Latin letters and the name dot. Never a digit, a space or punctuation.
 */
export function mayBeInName(code: number): boolean {
  return isHan(code) || (code >= 0xd800 && code <= 0xdfff) || isNameDot(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x3007;
}

/** A coarse class of a code unit for the tagger: 0 Han, 1 digit, 2 Latin letter, 3 name dot, 4 list comma 、, 5 other punctuation, 6 line break, 7 (edge of text). */
export function charClass(code: number): number {
  if (isHan(code)) return 0;
  if (code >= 0x30 && code <= 0x39) return 1;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 2;
  if (isNameDot(code)) return 3;
  if (code === 0x3001) return 4;
  if (code === 0x0a) return 6;
  return 5;
}
