// Posts (职务) and the words around them (general knowledge of Chinese official titles).

/** Post words a title ends with, longest first when matched. */
export const POSTS = [
  '总书记', '书记', '副书记', '主任', '副主任', '秘书长', '副秘书长', '组长', '副组长', '部长', '局长', '市长', '省长',
  '县长', '区长', '州长', '镇长', '乡长', '村长', '主席', '总理', '委员', '常委', '总经理', '经理', '董事长', '董事',
  '总裁', '行长', '院长', '校长', '所长', '厂长', '处长', '科长', '司长', '署长', '厅长', '负责人', '总监', '大使',
  '参赞', '领事', '总领事', '助理', '总统', '首相', '外长', '国务卿', '议长', '司令员', '司令', '政委', '参谋长',
  '军长', '师长', '旅长', '团长', '队长', '站长', '台长', '社长', '总编辑', '主编', '会长', '理事长', '秘书',
  '发言人', '特使', '教授', '研究员', '总工程师', '院士', '检察长', '庭长', '馆长', '总干事', '国王', '首席执行官',
  '总指挥', '指挥长', '巡视员', '调研员', '主管', '监事长', '特首', '政协主席', '党组书记', '主任委员', '党委书记',
  '支部书记', '干事', '执行长', '首席代表', '代表', '部长助理', '总经济师', '总会计师', '总设计师',
  '审计长', '总参谋长', '委员长', '副委员长', '国务委员', '大臣', '外交大臣', '高级代表', '干事长', '知事', '总督', '亲王', '王储', '苏丹', '埃米尔', '女王', '教皇', '秘书长', '司令官', '舰长', '总警监', '警监', '局长助理', '镇委书记', '班长', '连长', '营长', '主管',
  '领袖', '领导人', '成员', '财长', '防长', '议员', '参议员', '众议员',
];

/** Words that make a post deputy, acting or honorary (常务副主任, 代理市长). */
export const POST_MODIFIERS = ['常务', '副', '执行', '代理', '代', '名誉', '第一', '专职', '兼职', '前', '原', '临时', '总'];

/** Words after a bare surname that make it a way of naming a person (周总理, 李部长, 王老). */
export const SURNAME_TITLES = [
  '总理', '主席', '书记', '部长', '局长', '市长', '省长', '县长', '区长', '厂长', '院长', '校长', '主任', '经理',
  '总', '老', '先生', '女士', '小姐', '太太', '大爷', '大妈', '大娘', '大姐', '大哥', '师傅', '老师', '教授',
  '医生', '大夫', '委员', '司令', '政委', '队长', '团长', '处长', '科长', '所长', '站长', '行长', '董事长', '总统',
  '同志', '大使', '将军', '总编', '副总理', '副主席', '阿姨', '叔叔', '奶奶', '爷爷', '老汉', '大叔', '大婶',
];

/** Kinship terms besides those of SURNAME_TITLES, which address a person without naming one (伯伯, 舅舅, 夫人). */
export const KINSHIP_WORDS = [
  '伯伯', '伯父', '伯母', '叔父', '婶婶', '姨妈', '舅舅', '舅妈', '姑姑', '姑妈', '姥姥', '姥爷', '外公', '外婆', '爸爸',
  '妈妈', '哥哥', '姐姐', '弟弟', '妹妹', '大伯', '夫人', '丈夫', '妻子',
];

/** Words after a name that say it is one (张某表示, 王某等). */
export const AFTER_NAME_STRONG = [
  '表示', '指出', '强调', '说', '同志', '先生', '女士', '认为', '介绍', '告诉', '称', '说道', '一行', '夫妇', '夫人',
  '主持', '会见', '会晤', '致辞', '讲话', '宣布', '回忆', '笑着', '坦言', '透露', '谈到', '提出', '要求',
];

/** Verbs of speech a name starts a clause with (张红军指出, 李明强调). */
export const SPEECH_VERBS = ['表示', '指出', '强调', '说', '认为', '介绍', '要求', '提出', '希望', '讲话', '致辞'];

/** Endings of organization names (集团, 有限公司, 党工委): the organization runs back from them. */
export const ORG_SUFFIXES = [
  '集团', '公司', '有限公司', '大学', '学院', '学校', '中学', '小学', '委员会', '政府', '党工委', '管委会', '办公室',
  '中心', '医院', '银行', '研究所', '研究院', '科学院', '协会', '学会', '联合会', '商会', '基金会', '党委', '党组',
  '人大', '政协', '法院', '检察院', '领导小组', '工作组', '指挥部', '办事处', '工作部', '联盟', '组织', '总局',
  '管理局', '分局', '工商局', '财政局', '公安局', '教育局', '外交部', '国务院', '总部', '电视台', '广播电台',
  '出版社', '报社', '通讯社', '杂志社', '编辑部', '工厂', '总厂', '园区', '大厦', '馆', '局', '厅', '部', '委', '办',
];

/**
 * Places abroad the news names as often as persons, spelled with the characters of transliterated
 * names (利雅得, 莫斯科, 哈瓦那, 克里米亚): capitals, large cities and regions (general knowledge).
 * Left out are those that are persons' names too (华盛顿, 悉尼, 索非亚, 圣保罗) or read as a Chinese
 * name (吉达, 安曼, 朱巴, 马赛, 米兰), and the countries, which COUNTRIES holds.
 */
export const WORLD_PLACES = [
  // Asia and the Middle East
  '利雅得', '德黑兰', '巴格达', '大马士革', '贝鲁特', '耶路撒冷', '特拉维夫', '加沙', '加沙地带', '拉姆安拉', '多哈', '迪拜',
  '阿布扎比', '科威特城', '麦纳麦', '马斯喀特', '萨那', '亚丁', '安卡拉', '伊斯坦布尔', '喀布尔', '伊斯兰堡', '卡拉奇',
  '拉合尔', '新德里', '孟买', '加尔各答', '达卡', '科伦坡', '加德满都', '廷布', '马累', '曼谷', '河内', '胡志明市', '万象',
  '金边', '仰光', '内比都', '吉隆坡', '雅加达', '马尼拉', '斯里巴加湾', '帝力', '东京', '大阪', '横滨', '首尔', '釜山', '平壤',
  '乌兰巴托', '阿斯塔纳', '阿拉木图', '比什凯克', '杜尚别', '塔什干', '撒马尔罕', '阿什哈巴德', '第比利斯', '埃里温', '巴库',
  '克什米尔', '戈兰高地', '约旦河西岸',
  // Europe
  '莫斯科', '圣彼得堡', '基辅', '哈尔科夫', '敖德萨', '顿涅茨克', '卢甘斯克', '扎波罗热', '赫尔松', '克里米亚', '顿巴斯',
  '明斯克', '基希讷乌', '华沙', '布拉格', '布拉迪斯拉发', '布达佩斯', '布加勒斯特', '贝尔格莱德', '萨格勒布', '卢布尔雅那',
  '萨拉热窝', '波德戈里察', '斯科普里', '地拉那', '雅典', '罗马', '威尼斯', '马德里', '巴塞罗那', '里斯本', '巴黎',
  '布鲁塞尔', '阿姆斯特丹', '海牙', '柏林', '慕尼黑', '法兰克福', '维也纳', '日内瓦', '苏黎世', '伯尔尼', '达沃斯', '伦敦',
  '都柏林', '雷克雅未克', '奥斯陆', '斯德哥尔摩', '赫尔辛基', '哥本哈根', '塔林', '里加', '维尔纽斯', '巴尔干', '高加索',
  // The Americas
  '纽约', '洛杉矶', '旧金山', '芝加哥', '西雅图', '波士顿', '渥太华', '多伦多', '温哥华', '蒙特利尔', '墨西哥城', '哈瓦那',
  '加拉加斯', '波哥大', '基多', '利马', '拉巴斯', '巴西利亚', '里约热内卢', '布宜诺斯艾利斯', '蒙得维的亚', '亚松森',
  '马那瓜', '巴拿马城', '特古西加尔巴', '加勒比',
  // Africa and Oceania
  '开罗', '的黎波里', '阿尔及尔', '拉巴特', '喀土穆', '亚的斯亚贝巴', '内罗毕', '达累斯萨拉姆', '坎帕拉', '基加利', '金沙萨',
  '布拉柴维尔', '卢萨卡', '哈拉雷', '马普托', '约翰内斯堡', '比勒陀利亚', '开普敦', '阿布贾', '拉各斯', '阿克拉', '达喀尔',
  '阿比让', '雅温得', '摩加迪沙', '塔那那利佛', '温得和克', '堪培拉', '墨尔本', '奥克兰', '苏瓦', '莫尔兹比港', '霍尼亚拉',
  // Seats of government named for the government, and places of history
  '克里姆林宫', '白宫', '五角大楼', '唐宁街', '爱丽舍宫', '斯大林格勒', '夏威夷',
  // Short forms of countries' names the news uses alone
  '巴新',
];

/** Movements and armed groups the news names alone, where a person's name would stand (哈马斯释放…). */
export const NAMED_GROUPS = ['哈马斯', '塔利班', '真主党', '胡塞', '杰哈德', '伊斯兰国', '基地组织', '博科圣地'];

/**
 * Documents an official sends or issues: they follow a post as a name does (主席贺信), and jieba lists
 * several of them as names (贺信, 白皮书).
 */
export const DOCUMENT_WORDS = [
  '贺信', '贺电', '贺词', '回信', '复信', '唁电', '慰问信', '慰问电', '感谢信', '倡议书', '白皮书', '蓝皮书', '绿皮书',
  '黄皮书', '意见书', '报告书', '公开信', '致辞', '讲话', '批示', '题词',
];

/** Conjunctions of one character that join two persons or two organizations (习近平主席和普京总统, 人力资源和社会保障部). */
export const CONJUNCTION_CHARS = ['和', '与', '同', '及'];

/** Words after a place's name that say it is one (顿涅茨克和卢甘斯克地区, 清迈、帕塔亚等地, 梅利托波尔方向, 巴赫穆特等方向, 敖德萨南部). */
export const PLACE_WORDS = ['地区', '等地', '等多地', '等方向', '一带', '境内', '方向', '附近', '郊区', '市区', '前线', '北部', '南部', '东部', '西部', '以东', '以西', '以南', '以北'];

/**
 * Words after an armed group's name (胡塞武装人员, 哈马斯武装分子, 胡塞武装方面称). Not 武装 alone: 武装越野
 * and 武装奔袭 are a soldier's training (战士李小军武装越野).
 */
export const ARMED_GROUP_WORDS = ['武装人员', '武装分子', '武装组织', '武装力量', '武装派别', '武装方面', '武装代表', '武装发言人', '武装称', '武装表示'];

/** Words an organization or title never runs back across: verbs, prepositions, time words. */
export const ORG_STOPS = [
  '到', '在', '对', '和', '与', '及', '同', '由', '向', '为', '是', '将', '把', '被', '让', '从', '据', '的', '了', '等',
  '会见', '会晤', '接见', '出席', '参加', '主持', '陪同', '看望', '慰问', '听取', '带领', '率领', '邀请', '前往',
  '来到', '调研', '考察', '担任', '任命', '宣布', '当选', '上午', '下午', '晚上', '今天', '昨天', '日前', '近日',
  '以及', '并', '也', '都', '还', '又', '即', '兼', '致', '给', '请', '经', '其', '该', '原', '前', '就', '日电', '已', '提名', '说', '称', '表示', '认为', '开展', '整合', '确保', '提升', '完成', '着重', '指出', '召开', '举行', '组织',
  '还有', '包括', '其中', '此外', '另外', '同时',
  // The lead of a news item (本报讯 高新区党工委书记张红军…; 本报郑州1月5日讯) ends before any title.
  '本报讯', '本台讯', '讯',
];

/**
 * Words a title the tagger found may start with that end before it: an invitation (应越南共产党中央
 * 委员会总书记…邀请), a reply to someone, a programme's introduction (带您认识…村党支部书记). Read after
 * tagging only, not by the title structure the tagger learns from (ORG_STOPS).
 */
export const TITLE_LEAD_STOPS = ['应', '复信', '回信', '认识'];

/** Words right after a name that say it is one: speech and meeting verbs, forms of address. */
export const AFTER_NAME_WORDS = [
  ...AFTER_NAME_STRONG, '表态', '发表', '签署', '出席', '参加', '来到', '看望', '考察', '调研', '同志', '总书记', '一行',
  // What officials do in a bulletin's lead (X到某地调研, X带队, X听取汇报).
  '到', '带队', '带领', '率队', '率领', '前往', '陪同', '听取', '视察', '检查', '慰问', '走访', '深入',
];

/**
 * What a post carries in brackets after it: acting (县长（代）), seconded (副县长（挂职）), in charge
 * before appointment (主持工作), or the holder's rank (正处级).
 */
export const POST_QUALIFIERS = ['代', '代理', '挂职', '主持工作', '正处级', '副处级', '正科级', '副科级', '正县级', '副县级', '正厅级', '副厅级', '正局级', '副局级'];

/** Words of appointment and removal, which a name follows (任命X为…, 免去X的…职务). */
export const APPOINTMENT_WORDS = ['任命', '免去', '提名', '推选', '选举', '任免', '撤销', '批准', '聘任', '增补'];

/** What a byline credits after a name and a slash (王鹏/文, 李强 文/图): text, pictures, photographs. */
export const BYLINE_WORK_CHARS = '文图摄';

/** Words right before a reporter's name in a byline or a credit (记者 X, 通讯员 X, 摄影 X). */
export const REPORTER_WORDS = ['记者', '通讯员', '摄影', '摄', '报道员', '特约记者', '编辑', '撰稿'];

/**
 * Nouns that name what a person is (农民, 丈夫, 导演) and words that introduce a name (名叫): a name
 * often follows one in apposition (小港村农民付秋林, 导演程东海). Some are also forms of address after a
 * surname (老师, 师傅), kinship terms or a post (代表): here they are read before a name.
 */
export const PERSON_NOUNS = [
  '农民', '工人', '职工', '员工', '农民工', '村民', '居民', '市民', '牧民', '渔民', '群众', '老人', '老汉', '老太太',
  '青年', '少年', '儿童', '学生', '大学生', '研究生', '博士生', '小学生', '中学生', '教师', '老师', '医生', '护士', '大夫',
  '律师', '法官', '检察官', '警察', '民警', '交警', '干警', '战士', '士兵', '军人', '官兵', '飞行员', '司机', '驾驶员',
  '业主', '店主', '摊主', '老板', '个体户', '商人', '企业家', '厂主', '户主', '房东', '顾客', '乘客', '旅客', '游客',
  '导演', '演员', '歌手', '歌唱家', '作家', '诗人', '画家', '书法家', '作曲家', '音乐家', '艺术家', '舞蹈家', '编剧',
  '制片人', '主持人', '播音员', '科学家', '工程师', '技术员', '专家', '学者', '教练', '教练员', '运动员', '选手',
  '队员', '球员', '棋手', '冠军', '党员', '干部', '村干部', '志愿者', '患者', '病人', '烈士', '英雄', '模范', '劳模',
  '丈夫', '妻子', '爱人', '儿子', '女儿', '父亲', '母亲', '孙子', '孙女', '老伴', '儿媳', '女婿', '哥哥', '姐姐',
  '弟弟', '妹妹', '侄子', '外甥', '朋友', '同学', '同事', '邻居', '师傅', '徒弟', '学员', '会员', '代表',
  '名叫', '叫做', '名为',
];

/** Words right after a name that make its bearer an official (X同志, X主席). */
export const OFFICIAL_AFTER_WORDS = ['同志', '主席', '总理', '书记'];

/**
 * Spirits, honours and the doctrine of political language named after persons, with '|' after each
 * name: the name inside is a person's mention (雷锋 in 雷锋精神), though the dictionary reads the
 * whole term as one word. Not 马克思主义, 毛泽东思想 or 邓小平理论: the People's Daily marks no person
 * in them, the modern news does, and a term cannot follow both.
 */
export const NAMED_TERMS = [
  '习近平|新时代中国特色社会主义思想', '习近平|强军思想', '习近平|外交思想', '习近平|经济思想', '习近平|法治思想',
  '习近平|生态文明思想', '习近平|文化思想', '雷锋|精神', '焦裕禄|精神', '白求恩|精神', '孔繁森|精神', '南丁格尔|精神',
  '南丁格尔|奖',
];

/** One-character short names of countries, as news joins them (中美关系, 俄法总统, 中俄两国). */
export const COUNTRY_SHORT_NAMES = '中美俄英法德日意加澳韩朝越泰印巴伊埃以叙土哈乌白蒙老柬缅菲墨智秘古荷比葡希匈捷波';

/** Characters that end place names (张家沟, 李村, 别尔哥罗德州): a name ending in one is likelier a place. */
export const PLACE_ENDINGS = '村镇乡县区市省州沟庄屯寨湾岛河湖山路街巷港堡峪坪洲峡营旗盟';

/** Provinces, autonomous regions and municipalities by their short names: where a report is from. */
export const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北',
  '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门',
];

/** Who speaks in a headline "X：…" when not named: 国际人士, 美媒, 外交部发言人. */
export const SPEAKER_ENDINGS = ['人士', '媒', '方面', '官员', '专家', '学者', '发言人', '外长', '总统', '总理', '部长', '主席'];


/**
 * Countries and unions of countries by their usual Chinese names, long and short (沙特阿拉伯, 沙特):
 * a place, not a person (jieba's dictionary lists 沙特 as a name), and the organization at the
 * head of a title (沙特外交大臣, 欧盟外交与安全政策高级代表). Single-character short forms (美, 俄)
 * are left out: as characters of names they mislead more than they tell.
 */
export const COUNTRIES = [
  // Asia
  '中国', '日本', '韩国', '朝鲜', '蒙古', '蒙古国', '越南', '老挝', '柬埔寨', '泰国', '缅甸', '马来西亚', '新加坡', '印度尼西亚', '印尼',
  '菲律宾', '文莱', '东帝汶', '印度', '巴基斯坦', '孟加拉国', '孟加拉', '斯里兰卡', '尼泊尔', '不丹', '马尔代夫', '阿富汗', '伊朗', '伊拉克',
  '叙利亚', '约旦', '黎巴嫩', '以色列', '巴勒斯坦', '沙特阿拉伯', '沙特', '阿联酋', '阿拉伯联合酋长国', '卡塔尔', '科威特', '巴林', '阿曼',
  '也门', '土耳其', '塞浦路斯', '格鲁吉亚', '亚美尼亚', '阿塞拜疆', '哈萨克斯坦', '吉尔吉斯斯坦', '吉尔吉斯', '塔吉克斯坦', '乌兹别克斯坦',
  '土库曼斯坦',
  // Europe
  '俄罗斯', '乌克兰', '白俄罗斯', '摩尔多瓦', '波兰', '捷克', '斯洛伐克', '匈牙利', '罗马尼亚', '保加利亚', '塞尔维亚', '克罗地亚', '斯洛文尼亚',
  '波黑', '黑山', '北马其顿', '马其顿', '阿尔巴尼亚', '希腊', '意大利', '梵蒂冈', '圣马力诺', '马耳他', '西班牙', '葡萄牙', '安道尔', '法国',
  '摩纳哥', '比利时', '荷兰', '卢森堡', '德国', '奥地利', '瑞士', '列支敦士登', '英国', '爱尔兰', '冰岛', '挪威', '瑞典', '芬兰', '丹麦',
  '爱沙尼亚', '拉脱维亚', '立陶宛',
  // The Americas
  '美国', '加拿大', '墨西哥', '危地马拉', '伯利兹', '萨尔瓦多', '洪都拉斯', '尼加拉瓜', '哥斯达黎加', '巴拿马', '古巴', '牙买加', '海地',
  '多米尼加', '多米尼克', '巴哈马', '巴巴多斯', '特立尼达和多巴哥', '格林纳达', '圣卢西亚', '安提瓜和巴布达', '哥伦比亚', '委内瑞拉', '圭亚那',
  '苏里南', '厄瓜多尔', '秘鲁', '玻利维亚', '巴西', '巴拉圭', '乌拉圭', '阿根廷', '智利',
  // Africa
  '埃及', '利比亚', '突尼斯', '阿尔及利亚', '摩洛哥', '苏丹', '南苏丹', '埃塞俄比亚', '厄立特里亚', '吉布提', '索马里', '肯尼亚', '坦桑尼亚',
  '乌干达', '卢旺达', '布隆迪', '刚果', '刚果（金）', '刚果（布）', '加蓬', '喀麦隆', '中非', '乍得', '尼日尔', '尼日利亚', '贝宁', '多哥',
  '加纳', '科特迪瓦', '布基纳法索', '马里', '塞内加尔', '冈比亚', '几内亚', '几内亚比绍', '塞拉利昂', '利比里亚', '毛里塔尼亚', '佛得角',
  '赤道几内亚', '圣多美和普林西比', '安哥拉', '赞比亚', '津巴布韦', '马拉维', '莫桑比克', '纳米比亚', '博茨瓦纳', '南非', '莱索托',
  '斯威士兰', '埃斯瓦蒂尼', '马达加斯加', '毛里求斯', '塞舌尔', '科摩罗',
  // Oceania
  '澳大利亚', '澳洲', '新西兰', '巴布亚新几内亚', '斐济', '所罗门群岛', '瓦努阿图', '萨摩亚', '汤加', '基里巴斯', '密克罗尼西亚', '马绍尔群岛',
  '帕劳', '瑙鲁', '图瓦卢', '库克群岛', '纽埃',
  // Unions of countries
  '欧盟', '欧洲联盟', '联合国', '东盟', '非盟', '北约', '阿盟', '海合会', '上合组织', '金砖国家', '欧佩克',
];
