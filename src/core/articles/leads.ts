// Leads: the opening formula of a news item ("本报讯", "又讯", "本报北京１月１日讯", "新华社北京１月１日电",
// "据新华社拉萨１月２日电（记者赵新兵）", "央视网消息", a brief's "★3月4日"), with the date and part of day that may follow
// "本报讯" up to the first comma. Matched on the compact start of a paragraph, so bounded work.

export interface Lead {
  /** Compact length of the lead (dateline), from the paragraph start. */
  length: number;
  agency: string;
  place?: string;
  date?: string;
  /** Reporter names given in the lead ("（记者刘子富）", "记者陈雁、何加正报道："). */
  reporters: string[];
}

const D = '[0-9０-９一二三四五六七八九十〇○零]';
const DATE = `(?:${D}{2,4}年)?${D}{1,3}月(?:${D}{1,3}[日号])?`;
const DAYPART = '(?:凌晨|清晨|早晨|上午|中午|下午|傍晚|晚上|晚|夜间|深夜)?';
const AGENCY =
  '本报|本刊|本台|新华社|中新社|中国新闻社|人民日报|新华网|人民网|中新网|央视网|央广网|中国网|光明网|国际在线|' +
  '法新社|路透社|美联社|共同社|塔斯社|合众国际社|德新社|安莎社|埃菲社|韩联社';
const PLACE = '[\\u4e00-\\u9fff·]{1,10}?';

// 本报讯 / 本台讯 / 又讯, a bulletin's next item from the same source (then an optional date and
// part of day up to the comma)
const PLAIN_NEWS = new RegExp(`^(?:据)?(本报|本刊|本台|本网|又)讯(?:(?:记者|通讯员)[^，：]{0,20}?报道[：:])?(?:(${DATE}${DAYPART}(?:${D}{1,2}时)?)(?=[，,]))?`);
// 新华社北京１月１日电 / 本报济南十二月三十一日电 / 本报北京１月１日讯
const DATED = new RegExp(`^(?:据|又据)?(${AGENCY})(?:驻[\\u4e00-\\u9fff]{1,6}记者)?(${PLACE})?(${DATE})(电|讯)`);
// 央视网消息 / 新华网北京1月1日消息
const NEWS_FROM = new RegExp(`^(?:据)?(${AGENCY})(?:(${PLACE})(${DATE}))?消息[：:]?`);
// A brief of a bulletin's column (简讯): a mark, then its date or 近日 up to the comma: "★3月4日，", "◆近日，".
const BRIEF = new RegExp(`^[★☆■□●○◆◇▲△◎]((${DATE}${DAYPART})|近日|日前|近期|前不久|最近)(?=[，,])`);
/** The date and part of day up to the comma, after a lead's reporters. */
const DATE_AFTER = new RegExp(`^(${DATE}${DAYPART}(?:${D}{1,2}时)?)(?=[，,])`);
// What may follow: "（记者刘子富）" or "记者陈雁、本报记者何加正报道："
const AFTER_PAREN = /^[（(]([^（）()]{1,40})[）)]/;
const AFTER_REPORT = /^((?:新华社|本报|本刊)?(?:特约|见习|实习)?(?:记者|通讯员)[\u4e00-\u9fff·、，]{2,40}?)报道[：:]/;

const REPORTER_WORDS = /(?:新华社|本报|本刊|中央人民广播电台|中央电视台)?(?:特约|见习|实习)?(?:记者|通讯员|摄影记者)/g;

const DATELINE_PLACES = new RegExp(`(?:${AGENCY})(驻[\\u4e00-\\u9fff]{1,6}记者)?(${PLACE})${DATE}(?:电|讯)`, 'g');

/**
 * The places of every dateline in the text (新华社马尼拉１月６日电 gives 马尼拉), wherever it stands.
 * After 驻东京记者 what stands before the date is the reporter (本报驻东京记者于青５月３日电).
 */
export function datelinePlaces(text: string): string[] {
  const places: string[] = [];
  for (const m of text.matchAll(DATELINE_PLACES)) if (m[2] && !m[1]) places.push(m[2]);
  return places;
}

/** Names from a reporter phrase: "记者陈雁、本报记者何加正" gives 陈雁, 何加正. */
export function reporterNames(phrase: string): string[] {
  const names: string[] = [];
  for (const part of phrase.replace(REPORTER_WORDS, '、').split(/[、，,\s]+/)) {
    // The credit after the last name (李强 文/图, 王芳摄) is no part of it.
    const name = part.replace(CREDIT_END, '');
    if (/^[\u4e00-\u9fff·]{2,4}$/.test(name)) names.push(name);
  }
  return names;
}

/** What the reporters made, after their names: text and pictures (文/图), pictures (摄). */
const CREDIT_END = /(?:文\/图|图\/文|文\/摄|摄\/文|摄影|摄)$/;

export function findLead(text: string): Lead | undefined {
  const head = text.slice(0, 120);
  let length = 0;
  let agency = '';
  let place: string | undefined;
  let date: string | undefined;
  const reporters: string[] = [];
  let bareNames = true;
  let m = PLAIN_NEWS.exec(head);
  if (m) {
    length = m[0].length;
    agency = m[1];
    date = m[2];
    if (date === undefined && m[0].endsWith('：')) reporters.push(...reporterNames(m[0]));
  } else if ((m = DATED.exec(head))) {
    length = m[0].length;
    agency = m[1];
    place = m[2] || undefined;
    date = m[3];
  } else if ((m = BRIEF.exec(head))) {
    // A brief names no agency: it is the bulletin's own.
    return { length: m[0].length, agency: '', date: m[2] || undefined, reporters };
  } else if ((m = NEWS_FROM.exec(head))) {
    // "央视网消息（新闻联播）": a bracket after 消息 names a programme, not reporters.
    bareNames = false;
    length = m[0].length;
    agency = m[1];
    place = m[2] || undefined;
    date = m[3] || undefined;
  } else {
    return undefined;
  }
  const rest = head.slice(length);
  const paren = AFTER_PAREN.exec(rest);
  if (paren && (/记者|通讯员/.test(paren[1]) || (bareNames && /^[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4})*$/.test(paren[1])))) {
    length += paren[0].length;
    reporters.push(...(/记者|通讯员/.test(paren[1]) ? reporterNames(paren[1]) : paren[1].split('、')));
    // 本报讯（记者 王芳）6月28日上午，: the date follows the reporters.
    const dated = date === undefined ? DATE_AFTER.exec(head.slice(length)) : null;
    if (dated) {
      date = dated[1];
      length += dated[0].length;
    }
  } else if (paren && !bareNames) {
    // "央视网消息（新闻联播）：": the programme's name and the colon belong to the dateline.
    length += paren[0].length;
    if (/^[：:]/.test(rest.slice(paren[0].length))) length++;
  } else {
    const rep = AFTER_REPORT.exec(rest);
    if (rep) {
      length += rep[0].length;
      reporters.push(...reporterNames(rep[1]));
    }
  }
  return { length, agency, place, date, reporters };
}
