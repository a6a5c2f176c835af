/**
 * East Asian family names and Korean syllables, lower-case ASCII. East Asian names put the family name
 * first and are compared syllable by syllable, so the lists say which spellings are one name in different
 * romanisations (McCune–Reischauer as North Korea writes it, Revised Romanisation, informal and older forms).
 */

/** Korean family names; each group is one name in its romanisations. */
export const KOREAN_SURNAMES: readonly (readonly string[])[] = [
  ['kim', 'gim'], ['ri', 'lee', 'yi', 'rhee', 'rhie', 'i'], ['pak', 'park', 'bak'], ['choe', 'choi', 'choei', 'chey', 'chwe'],
  ['jong', 'jeong', 'chung', 'chong', 'jung'], ['kang', 'gang'], ['jo', 'cho', 'joe', 'zo'], ['yun', 'yoon'], ['jang', 'chang'],
  ['im', 'lim', 'rim'], ['han'], ['o', 'oh'], ['so', 'seo', 'suh'], ['sin', 'shin'], ['kwon', 'gwon'], ['hwang'], ['an', 'ahn'],
  ['song'], ['ryu', 'yu', 'yoo', 'you'], ['jon', 'jeon', 'chun', 'chon'], ['hong'], ['ko', 'go', 'koh'], ['mun', 'moon'],
  ['yang', 'ryang'], ['son', 'sohn'], ['pae', 'bae'], ['paek', 'baek', 'paik'], ['ho', 'heo', 'hur', 'huh'], ['nam'], ['sim', 'shim'],
  ['no', 'noh', 'roh', 'ro'], ['ha'], ['kwak', 'gwak'], ['song'], ['u', 'woo'], ['min'], ['ju', 'joo', 'chu'], ['na', 'ra'],
  ['ji', 'chi'], ['jin', 'chin'], ['om', 'eom', 'um'], ['chae', 'chai'], ['won'], ['chon', 'cheon'], ['pang', 'bang'], ['kong', 'gong'],
  ['hyon', 'hyun', 'hyeon'], ['ham'], ['pyon', 'byun', 'byeon'], ['yom', 'yeom'], ['yo', 'yeo'], ['chu'], ['to', 'do', 'doh'],
  ['so'], ['sok', 'seok', 'suk'], ['son'], ['sol', 'seol'], ['ma'], ['kil', 'gil'], ['yon', 'yeon'], ['wi', 'wee'], ['phyo', 'pyo'],
  ['myong', 'myung', 'myeong'], ['ki', 'gi'], ['ban'], ['wang'], ['kum', 'geum', 'keum'], ['ok'], ['yuk'], ['in'], ['maeng'],
  ['je', 'jae'], ['mo'], ['tak', 'tak'], ['kuk', 'guk'], ['ryom', 'yeom'], ['yong', 'yeong'], ['pong', 'bong'], ['chang'],
];

/**
 * Romanisations of one Korean syllable as given names write it. A spelling that two syllables share sits in
 * both groups; two syllables that only look alike (jong/jung are 정, jung is also 중) must never be one group.
 */
export const KOREAN_SYLLABLE_VARIANTS: readonly (readonly string[])[] = [
  ['jong', 'jeong', 'chong', 'cheong', 'jung', 'chung'], ['jung', 'joong', 'chung'], ['un', 'eun'], ['il', 'ill'], ['son', 'seon', 'sun', 'song'],
  ['song', 'seong', 'sung'], ['hui', 'hee', 'heui', 'hi', 'huy'], ['tok', 'deok', 'dok', 'duk', 'tuk', 'deuk'], ['hun', 'hoon'],
  ['chon', 'cheon', 'chun', 'jeon', 'jon'], ['yong', 'yeong', 'young'], ['won', 'weon'], ['nam'], ['ho'], ['chol', 'cheol', 'chul'],
  ['hyok', 'hyeok', 'hyuk'], ['ui', 'eui'], ['gyong', 'kyong', 'gyeong', 'kyung'], ['myong', 'myung', 'myeong'], ['ju', 'joo', 'chu'],
  ['su', 'soo'], ['sok', 'seok', 'suk'], ['yol', 'yeol', 'yul'], ['min'], ['jin', 'chin'], ['hyon', 'hyun', 'hyeon'],
  ['gwang', 'kwang'], ['gil', 'kil'], ['chan'], ['ryong', 'ryeong', 'yong'], ['jae', 'jai', 'chae'], ['sik', 'shik'],
  ['hwan'], ['hwa'], ['ok'], ['sun', 'soon'], ['mi'], ['yon', 'yeon'], ['bong', 'pong'], ['dae', 'tae'], ['tae'], ['gun', 'kun', 'geun', 'keun'],
  ['in'], ['hak'], ['bin', 'pin'], ['sang'], ['gi', 'ki'], ['bok', 'pok'], ['man'], ['ryol', 'ryeol', 'yeol'], ['nyon', 'nyeon'],
  ['ja', 'cha'], ['jun', 'joon', 'chun'], ['gu', 'ku', 'koo'], ['sin', 'shin'], ['kyu', 'gyu'], ['hyang'], ['ae'], ['ran', 'nan'],
  ['rim', 'im', 'lim'], ['ri', 'lee', 'i', 'yi'], ['sol', 'seol'], ['song', 'sung'], ['jo', 'cho'], ['do', 'to'], ['dong', 'tong'],
  ['bu', 'pu'], ['ung', 'eung'], ['uk', 'ook'], ['yu', 'yoo'], ['ryu', 'yu'], ['rak', 'nak'], ['kwon', 'gwon'], ['pil', 'phil'],
  ['hyok', 'hyuk'], ['chang', 'jang', 'chhang'], ['gap', 'kap'], ['bae', 'pae'], ['gum', 'geum', 'kum'], ['ha'], ['o', 'oh'],
  ['ye'], ['se'], ['su'], ['ho'], ['ah', 'a'], ['yang', 'ryang'], ['mun', 'moon'], ['hye'], ['hong'], ['sam'], ['song', 'seong'],
  ['dal', 'tal'], ['jik', 'chik'], ['hae'], ['won'], ['pyo', 'phyo'], ['nam'], ['so', 'seo'], ['ung'], ['yop', 'yeop'],
];

/** Chinese family names in Pinyin with Wade–Giles, Cantonese and Hokkien spellings. */
export const CHINESE_SURNAMES: readonly (readonly string[])[] = [
  ['wang', 'wong'], ['li', 'lee', 'lei'], ['zhang', 'chang', 'cheung', 'teo', 'chong'], ['liu', 'lau', 'lao'], ['chen', 'chan', 'tan', 'chin'],
  ['yang', 'yeung', 'yeo'], ['huang', 'wong', 'ng', 'hwang'], ['zhao', 'chao', 'chiu'], ['wu', 'woo', 'ng', 'goh'], ['zhou', 'chou', 'chow'],
  ['xu', 'hsu', 'hui', 'koh'], ['sun', 'suen'], ['ma', 'mah'], ['zhu', 'chu', 'chue'], ['hu', 'woo', 'foo'], ['guo', 'kuo', 'kwok'],
  ['he', 'ho', 'hoe'], ['lin', 'lam', 'lim'], ['gao', 'kao', 'ko'], ['luo', 'lo', 'law'], ['zheng', 'cheng', 'cheang', 'tay'],
  ['liang', 'leung'], ['xie', 'hsieh', 'tse', 'chia'], ['song', 'sung'], ['tang', 'tong'], ['xu'], ['deng', 'teng', 'tang'],
  ['han', 'hon'], ['feng', 'fung'], ['cao', 'tsao', 'tso'], ['peng', 'pang'], ['zeng', 'tseng', 'tsang'], ['xiao', 'hsiao', 'siu'],
  ['tian', 'tien'], ['dong', 'tung'], ['pan', 'poon', 'phua'], ['yuan', 'yuen'], ['cai', 'tsai', 'choi', 'chua'], ['jiang', 'chiang', 'keung'],
  ['yu', 'yue', 'yee'], ['du', 'tu', 'to'], ['ye', 'yeh', 'yip'], ['cheng', 'ching'], ['wei', 'ngai'], ['su', 'soo', 'so'], ['lu', 'lo', 'loh'],
  ['ding', 'ting'], ['ren', 'jen', 'yam'], ['shen', 'shum', 'sim'], ['yao', 'yiu'], ['lu'], ['jiang'], ['cui', 'tsui', 'chui'],
  ['zhong', 'chung'], ['tan', 'tam'], ['lu'], ['wang'], ['fan', 'faan'], ['jin', 'chin', 'kam'], ['shi', 'shih', 'sze'], ['liao', 'liu'],
  ['jia', 'chia', 'ka'], ['xia', 'hsia', 'ha'], ['wei'], ['fu', 'foo'], ['fang', 'fong'], ['bai', 'pai', 'pak'], ['zou', 'tsou', 'chow'],
  ['meng', 'mang'], ['xiong', 'hsiung', 'hung'], ['qin', 'chin', 'chun'], ['qiu', 'chiu', 'yau', 'khoo'], ['jiang'], ['yin', 'yan'],
  ['xue', 'hsueh', 'sit'], ['yan', 'yen', 'ngan'], ['duan', 'tuan', 'tuen'], ['lei', 'lui'], ['hou', 'hau'], ['long', 'lung'],
  ['shi'], ['tao', 'to'], ['li'], ['he'], ['mao'], ['hao', 'hou'], ['gu', 'ku', 'koo'], ['kong', 'hung'], ['bao', 'pao'], ['qian', 'chien'],
  ['wan', 'man'], ['xi', 'hsi'], ['kang', 'hong'], ['mo', 'mok'], ['shao', 'siu'], ['yi', 'i'], ['ge', 'ko'], ['niu', 'ngau'],
  ['hong', 'hung'], ['lai', 'lai'], ['wen', 'man'], ['bo', 'po'], ['qi', 'chi'], ['ji', 'chi'], ['geng', 'keng'], ['nie'], ['zhan', 'chan'],
];

/** Vietnamese family names, without diacritics. */
export const VIETNAMESE_SURNAMES: readonly string[] = [
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'dinh',
  'dao', 'doan', 'lam', 'mai', 'trinh', 'truong', 'ha', 'quach', 'luong', 'luu', 'cao', 'chu', 'tong', 'ta', 'thai', 'to', 'vuong',
];

/** Common Japanese family names (Hepburn, without macrons). */
export const JAPANESE_SURNAMES: readonly string[] = `sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida
  yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda
  fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto
  matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki
  miyamoto uchida takagi ando taniguchi ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano otsuka
  chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo nomura kikuchi sano onishi sugimoto arai hamada ichikawa furukawa mizuno
  komatsu shimada koyama takano yamauchi nishida kikuchi kishida kishi suga noda kan hatoyama aso fukuda koizumi obuchi hashimoto
  miyazawa kaifu takeshita nakasone ohira miki tanaka sato ikeda ishiba motegi hayashi kamikawa iwaya hamada nakatani onodera kono
  katsunobu takaichi kato moriyama edano izumi tamaki yoshimura matsui`
  .trim()
  .split(/\s+/);

/**
 * Korean family names as written in Hangul, the most common first (two-syllable ones too). A run of Hangul
 * syllables starting with one of these is read as a Korean name; its romanisation is then matched syllable
 * by syllable against the Latin spellings (박지성 = Bak Ji Seong ~ Park Ji-sung).
 */
export const HANGUL_SURNAMES: readonly string[] = `김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백
  허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기
  반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 리 황보 남궁 제갈 선우 독고`.split(/\s+/);
