// Character classes the people recognizer needs.

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** The dot inside transliterated names (让·皮埃尔), in its common encodings. */
export function isNameDot(code: number): boolean {
  return code === 0xb7 || code === 0x30fb || code === 0x2022 || code === 0xff0e || code === 0x2027 || code === 0x2219;
}
