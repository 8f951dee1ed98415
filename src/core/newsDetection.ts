// Whether a plain-text file is news worth annotating, read from its start only (cheap on every edit).
// News announces itself by a lead (本报讯, 本报郑州电, 新华社北京１月１日电, 央视网消息, 人民网北京电,
// 据新华社报道) or a byline (记者 X, 通讯员 X); news without either is still recognizable as
// Chinese prose dense in the words of official reporting (会议, 调研, 书记, 强调) with calendar dates.
const SAMPLE = 6000;

const LEAD = new RegExp(
  [
    '本[报刊]讯',
    '本报记者',
    '本报[\\u4e00-\\u9fff]{1,8}[电讯]',
    '(?:新华社|中新社|中新网|人民网|新华网|央视网|央视新闻|中国新闻网|光明网|中国日报网|国际在线|澎湃新闻|中国青年网|法治日报|经济日报)[^\\n]{0,24}(?:电|消息|讯)',
    '据[^\\n，。]{1,20}(?:报道|消息)',
    '[（(](?:记者|通讯员)',
  ].join('|'),
);
const BYLINE = /(?:记者|通讯员)[ \u3000]{0,2}[\u4e00-\u9fff]{2,4}/;
/** A calendar date as news writes it: 10月6日, 2022年3月, １０月６日. */
const DATE = /[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]?月[ \u3000]?[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]?日/;
/** Words of official reporting: posts, bodies, and what officials do in the news. */
const REPORTING_WORDS = [
  '书记', '主任', '主席', '市长', '省长', '县长', '区长', '部长', '局长', '总理', '委员', '党委', '政府', '党工委', '管委会',
  '会议', '调研', '强调', '指出', '表示', '要求', '部署', '推进', '召开', '出席', '主持', '座谈', '考察', '视察', '会见',
  '发展', '建设', '项目', '企业', '群众', '工作', '同志', '领导',
];
/** Distinct reporting words a news text shows in its first SAMPLE characters (with a calendar date). */
const NEWS_WORDS_NEEDED = 6;

/** Share of visible characters that are CJK ideographs or CJK punctuation / full-width forms. */
export function chineseShare(text: string): number {
  let cjk = 0;
  let visible = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000) continue;
    visible++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
  }
  return visible > 0 ? cjk / visible : 0;
}

/** Mostly Chinese prose: what the extension offers to annotate when it does not read as news. */
export function mostlyChinese(text: string): boolean {
  return chineseShare(text) >= 0.6;
}

export function looksLikeBulletin(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!mostlyChinese(sample)) return false;
  if (LEAD.test(sample) || BYLINE.test(sample)) return true;
  // No lead: news prose. Words are matched across the OCR's line breaks.
  const flat = sample.replace(/\s+/g, '');
  if (!DATE.test(flat)) return false;
  let words = 0;
  for (const w of REPORTING_WORDS) if (flat.includes(w) && ++words >= NEWS_WORDS_NEEDED) return true;
  return false;
}

/** Share of replacement and control characters past which a text is none (text has almost none). */
const ODD_SHARE = 0.05;
/** Share of control characters that says binary data (random bytes hold one in eight). */
const CONTROL_SHARE = 0.01;
/** Random bytes read as UTF-8 give about one control character to four replacement characters. */
const CONTROLS_PER_REPLACED = 10;

/** Why a text read as UTF-8 is no text when its bytes were in another encoding (GB18030, most often). */
export const NOT_UTF8 = 'not UTF-8 text (a file in GB18030 reads as text once reopened with its encoding)';

/**
 * Why a text is no text worth analysing (binary data opened as text, or a file in another encoding
 * read as UTF-8), or undefined. NUL characters, control characters and many replacement characters
 * (bytes that were not UTF-8) say so; replacement characters without control characters are text in
 * another encoding.
 */
export function whyNotText(text: string): string | undefined {
  const n = Math.min(text.length, 8192);
  let replaced = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'binary data (NUL bytes), not text';
    if (c === 0xfffd) replaced++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  if (n === 0 || (replaced + control) / n <= ODD_SHARE) return undefined;
  // Binary data holds control characters throughout, one to a few replacement characters; a stray
  // one among text in another encoding (a DOS end of file) is no sign.
  return control / n > CONTROL_SHARE && control * CONTROLS_PER_REPLACED > replaced ? 'binary data, not text' : NOT_UTF8;
}
