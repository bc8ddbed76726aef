// Round t43c: Chinese in traditional characters (`第71屆聯合國大會會議今天將在紐約召開`) read by the
// Chinese cues, which are written in simplified characters (`届`, `联合国`, `会议`, `将`, `召开`).
// A text written mostly in traditional characters is folded, character for character, to the
// simplified forms of the words the vocabularies use and the words around them, read so, and every
// string read from it is given back in the characters the text printed: a note's theme or
// convener keeps its own script. The fold keeps each character in its place (one UTF-16 unit for
// one), so what is read from the folded text is where it was in the text.

// Pairs of a traditional character and its simplified form, one to one; a traditional character
// whose simplified form is also a character of its own meaning (`著`, `乾`) is left out.
const PAIRS =
  '並并亂乱亞亚佈布來来係系個个們们倫伦備备傳传僅仅價价儀仪億亿優优兒儿內内兩两則则剛刚創创劃划動动務务勞劳勢势勵励匯汇區区協协參参員员問问啟启單单嚮向嚴严國国圍围園园圓圆圖图團团執执堅坚報报場场塊块壇坛壓压婦妇學学實实審审寫写將将專专尋寻對对導导屆届層层屬属島岛幣币幾几廣广廳厅強强彈弹彙汇後后從从復复徵征愛爱態态應应戰战揚扬換换揮挥擊击擔担據据擬拟擴扩敘叙於于時时曆历書书會会東东條条業业極极構构標标樣样機机檢检權权歐欧歡欢歲岁歷历殺杀氣气決决沒没況况減减準准溫温濟济灣湾災灾為为烏乌無无爭争爲为爾尔狀状猶犹獎奖獲获獻献現现環环產产畫画當当發发監监盧卢眾众確确禦御禮礼稅税稱称窮穷競竞節节範范簽签籌筹糧粮紀纪約约紅红納纳紐纽級级紛纷組组結结絡络統统經经維维網网線线編编縣县總总織织繞绕繫系繼继續续羅罗義义習习聞闻聯联聲声職职聽听脫脱臘腊臨临臺台與与興兴舉举華华萬万薩萨藝艺藥药蘇苏蘭兰處处號号衆众術术衛卫衝冲裏里補补裡里製制複复襲袭規规視视親亲觀观訂订計计訊讯討讨記记訪访設设詞词詢询話话該该誌志認认語语說说調调談谈請请諒谅論论諮咨諾诺謀谋講讲證证識识譯译議议護护讀读變变讓让讚赞負负貢贡貧贫貨货責责貴贵買买費费貿贸資资賓宾賣卖質质購购賽赛贊赞車车軍军輪轮輯辑轉转辦办辯辩農农這这連连週周進进運运過过達达遠远遲迟選选遺遗還还邊边郵邮鄉乡鄰邻醫医釋释銀银銳锐錄录錘锤錦锦鍾钟鐘钟鐵铁長长門门閉闭開开間间閱阅關关闡阐陣阵隊队階阶際际險险雙双雜杂難难電电韋韦韓韩響响項项預预頒颁領领頭头頻频題题額额願愿顛颠顧顾顯显風风颱台飛飞飢饥餓饿餘余館馆馬马駐驻驗验體体魯鲁麥麦麼么點点黨党齊齐齡龄';

const SIMPLIFIED = new Map<string, string>();
for (let at = 0; at + 1 < PAIRS.length; at += 2) SIMPLIFIED.set(PAIRS[at]!, PAIRS[at + 1]!);
const SIMPLIFIED_FORMS = new Set(SIMPLIFIED.values());
const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'gu');

/** Whether more of the text's folded characters are in their traditional form than simplified. */
export function inTraditionalScript(text: string): boolean {
  let traditional = 0;
  let simplified = 0;
  for (const character of text) {
    if (SIMPLIFIED.has(character)) traditional += 1;
    else if (SIMPLIFIED_FORMS.has(character)) simplified += 1;
  }
  return traditional >= 3 && traditional > simplified;
}

/** The text with each traditional character of the list in its simplified form. */
export function foldTraditional(text: string): string {
  return text.replace(TRADITIONAL, (character) => SIMPLIFIED.get(character) ?? character);
}

/**
 * A function giving back, in a string read from the folded text, the traditional characters
 * `source` printed (the first traditional form it uses where it uses two for one simplified).
 */
export function traditionalOf(source: string): (value: string) => string {
  const back = new Map<string, string>();
  for (const character of source.match(TRADITIONAL) ?? []) {
    const simplified = SIMPLIFIED.get(character);
    if (simplified !== undefined && !back.has(simplified)) back.set(simplified, character);
  }
  return (value) => [...value].map((character) => back.get(character) ?? character).join('');
}
