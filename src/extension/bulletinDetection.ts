// Whether a plain-text file looks like a news bulletin: a lead (本报讯, 新华社…电) or a byline
// (记者 X), in mostly Chinese prose. Reads only the start of the text, so it is cheap on every edit.
const SAMPLE = 6000;
const LEAD = /本[报刊]讯|本报记者|(?:新华社|中新社)[^\n]{0,16}电/;
const BYLINE = /(?:记者|通讯员)[ \u3000]{0,2}[\u4e00-\u9fff]{2,4}/;

export function looksLikeBulletin(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!LEAD.test(sample) && !BYLINE.test(sample)) return false;
  let cjk = 0;
  let visible = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000) continue;
    visible++;
    // CJK ideographs and CJK punctuation / full-width forms count as Chinese prose.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
  }
  return visible > 0 && cjk / visible >= 0.6;
}
