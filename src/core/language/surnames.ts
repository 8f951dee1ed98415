// Chinese surnames (general knowledge): the common single-character ones and the compound ones.

export const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金' +
  '石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章' +
  '鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟' +
  '艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞' +
  '敖巩佘苑迟邝谈匡鞠惠荆冀郁胥南储栗燕楚鄢劳谌奚粟冼蔺闻厉伊仝郜阚权帅屠朴廉禹祖漆狄晋云扈晁芮阙浦鹿薄邸雍辜裘亓邰赫杭况逯' +
  '慕玉嵇哈湛宾戎勾茅尉斯檀鄂竺迮粱佴俸钮邴殳荀羿贲蔚訾虎' +
  // rarer ones of the Hundred Family Surnames (习, 逄, 郦…)
  '习乐查逄那揭展暴全封植宿满双隆宦堵郗信乜麻元牧利计由凤钭仰秋井丰酆国买别初力时花修骞弓索咸籍赖池阴能苍莘党贡扶宰郦却璩寿通郏阎充茹鱼慎戈庾终暨居衡步弘广禄沃越夔厍融毋养须巢蒯相后红盖益桓仉督缑亢郈有琴归海法汝钦伯赏墨谯笪年爱言福伏强危支昝经干宣洪滑羊於汲糜松富乌巴隗山宓蓬班束幸韶蓟印怀';

export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '端木', '独孤', '南宫', '西门', '百里', '呼延', '拓跋', '澹台', '公冶', '宗政', '濮阳', '太史', '申屠',
  '闻人', '钟离', '万俟', '赫连', '第五', '单于', '司空', '左丘', '东郭', '淳于', '仲孙', '谷梁',
];

// Lookups by code unit, built once for every reader of the lists.
const singleSurnameCodes = new Uint8Array(65536);
for (const s of SINGLE_SURNAMES) singleSurnameCodes[s.charCodeAt(0)] = 1;
const compoundSurnames = new Set(COMPOUND_SURNAMES);
const compoundFirstCodes = new Uint8Array(65536);
for (const s of COMPOUND_SURNAMES) compoundFirstCodes[s.charCodeAt(0)] = 1;

/** Whether the code unit is a single-character surname. */
export function isSingleSurname(code: number): boolean {
  return singleSurnameCodes[code] === 1;
}

/** Whether a compound surname stands at `at`, within text[0, end). */
export function compoundSurnameAt(text: string, at: number, end = text.length): boolean {
  return at + 2 <= end && compoundFirstCodes[text.charCodeAt(at)] === 1 && compoundSurnames.has(text.slice(at, at + 2));
}
