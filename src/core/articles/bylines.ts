// Bylines: a short line of reporter roles and names that closes an article ("记者 孙庆辉",
// "本报记者 张三 李四", "通讯员 王五 文/图", "记者孙庆辉 摄"). Read token by token: every token must
// be a role word, a credit mark or a name, and at least one role and one name must be there.
import { joinPaddedNames } from '../language/paddedNames';

const ROLE = /^(?:本报|本刊|本台|新华社)?(?:特约|见习|实习|首席)?(?:记者|通讯员|实习生|摄影|摄像|编辑|责任编辑|撰稿)[:：]?/;
const CREDIT = /^(?:文\/图|文\/摄|图\/文|文|图|摄|摄影|报道|供稿|整理)$/;
const NAME = /^[\u4e00-\u9fff·]{2,4}$/;

export interface Byline {
  names: string[];
}

/** Reads a byline from one line's compact-with-spaces text (`spaced` keeps single spaces). */
export function readByline(spaced: string): Byline | undefined {
  // "（记者 孙庆辉）": a byline may stand in brackets.
  // "■本报记者 王芳": a mark that sets the byline off is no part of it.
  const line = spaced.trim().replace(/^[■□●○◆◇▲△★☆◎]+\s*/, '').replace(/^[（(]([^（）()]*)[）)]$/, '$1').trim();
  if (!line || line.length > 40) return undefined;
  if (/[。，；！？]/.test(line)) return undefined;
  const names: string[] = [];
  let roles = 0;
  for (let token of paddedNamesJoined(line.split(/[\s、，,]+/))) {
    if (!token) continue;
    let role = ROLE.exec(token);
    while (role && role[0].length > 0) {
      roles++;
      token = token.slice(role[0].length);
      role = ROLE.exec(token);
    }
    if (!token) continue;
    // A credit stuck to a name: "孙庆辉摄", "孙庆辉文/图".
    const stuck = /^([\u4e00-\u9fff·]{2,4}?)(文\/图|摄影?|报道)$/.exec(token);
    if (stuck && !CREDIT.test(token)) {
      names.push(stuck[1]);
      roles++;
      continue;
    }
    if (CREDIT.test(token)) {
      roles++;
      continue;
    }
    if (NAME.test(token)) {
      names.push(token);
      continue;
    }
    return undefined;
  }
  if (!roles || !names.length) return undefined;
  // A lone credit with a name ("张三 摄") is a photo credit only when it is short: keep it a byline.
  return { names };
}

/**
 * Tokens with the names typesetting padded (张 鹏, 张 红 军) joined again: lone Han characters that
 * are no credit mark (文 图, 摄) or role.
 */
function paddedNamesJoined(tokens: string[]): string[] {
  const lone = (t: string) => /^[\u4e00-\u9fff]$/.test(t) && !CREDIT.test(t) && !ROLE.test(t);
  return joinPaddedNames(tokens, lone, (group) => group.join(''));
}

/** The raw text of a line with runs of whitespace folded to one space. */
export function spacedLine(raw: string, start: number, end: number): string {
  return raw.slice(start, end).replace(/[\s\u3000]+/g, ' ');
}
