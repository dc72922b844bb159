/**
 * Reference rows for every state the UN record names: the 193 Member States, the 2 non-member
 * observer States, and the historical Members that appear in roll-calls since 1946.
 * docs/reference-data.md says where each column comes from and which conventions we chose.
 *
 * A row is [code, regional group, UN English short name, UN Chinese short name,
 * English variants?, Chinese variants?]. Variants are other names printed for the same
 * state (older UN names, press-release and dataset forms); they only need listing when they
 * fold (stateKey) to something other than the UN name. Rows are sorted by UN name.
 */
export type StateRow = readonly [
  code: string,
  group: 'African' | 'Asia-Pacific' | 'EEG' | 'GRULAC' | 'WEOG' | 'none',
  nameEn: string,
  nameZh: string,
  variants?: readonly string[],
  variantsZh?: readonly string[],
];

// prettier-ignore
export const MEMBER_ROWS: readonly StateRow[] = [
  ['AFG', 'Asia-Pacific', 'Afghanistan', '阿富汗', ['Islamic Republic of Afghanistan']],
  ['ALB', 'EEG', 'Albania', '阿尔巴尼亚'],
  ['DZA', 'African', 'Algeria', '阿尔及利亚', ["People's Democratic Republic of Algeria"]],
  ['AND', 'WEOG', 'Andorra', '安道尔'],
  ['AGO', 'African', 'Angola', '安哥拉'],
  ['ATG', 'GRULAC', 'Antigua and Barbuda', '安提瓜和巴布达', ['Antigua']],
  ['ARG', 'GRULAC', 'Argentina', '阿根廷'],
  ['ARM', 'EEG', 'Armenia', '亚美尼亚'],
  ['AUS', 'WEOG', 'Australia', '澳大利亚'],
  ['AUT', 'WEOG', 'Austria', '奥地利'],
  ['AZE', 'EEG', 'Azerbaijan', '阿塞拜疆'],
  ['BHS', 'GRULAC', 'Bahamas', '巴哈马', ['Bahamas, The', 'Commonwealth of the Bahamas']],
  ['BHR', 'Asia-Pacific', 'Bahrain', '巴林', ['Kingdom of Bahrain']],
  ['BGD', 'Asia-Pacific', 'Bangladesh', '孟加拉国'],
  ['BRB', 'GRULAC', 'Barbados', '巴巴多斯'],
  ['BLR', 'EEG', 'Belarus', '白俄罗斯', ['Byelorussian Soviet Socialist Republic', 'Byelorussian SSR', 'Byelorussia', 'Belorussia', 'Republic of Belarus'], ['白俄罗斯苏维埃社会主义共和国']],
  ['BEL', 'WEOG', 'Belgium', '比利时'],
  ['BLZ', 'GRULAC', 'Belize', '伯利兹'],
  ['BEN', 'African', 'Benin', '贝宁', ['Dahomey'], ['达荷美']],
  ['BTN', 'Asia-Pacific', 'Bhutan', '不丹'],
  ['BOL', 'GRULAC', 'Bolivia (Plurinational State of)', '多民族玻利维亚国', ['Bolivia', 'Plurinational State of Bolivia', 'Bolivia, Plurinational State of'], ['玻利维亚']],
  ['BIH', 'EEG', 'Bosnia and Herzegovina', '波斯尼亚和黑塞哥维那', ['Bosnia-Herzegovina', 'Bosnia'], ['波黑']],
  ['BWA', 'African', 'Botswana', '博茨瓦纳'],
  ['BRA', 'GRULAC', 'Brazil', '巴西'],
  ['BRN', 'Asia-Pacific', 'Brunei Darussalam', '文莱达鲁萨兰国', ['Brunei'], ['文莱']],
  ['BGR', 'EEG', 'Bulgaria', '保加利亚'],
  ['BFA', 'African', 'Burkina Faso', '布基纳法索', ['Upper Volta'], ['上沃尔特']],
  ['BDI', 'African', 'Burundi', '布隆迪'],
  ['CPV', 'African', 'Cabo Verde', '佛得角', ['Cape Verde']],
  ['KHM', 'Asia-Pacific', 'Cambodia', '柬埔寨', ['Democratic Kampuchea', 'Kampuchea', 'Khmer Republic'], ['民主柬埔寨']],
  ['CMR', 'African', 'Cameroon', '喀麦隆', ['United Republic of Cameroon']],
  ['CAN', 'WEOG', 'Canada', '加拿大'],
  ['CAF', 'African', 'Central African Republic', '中非共和国', ['Central African Empire'], ['中非']],
  ['TCD', 'African', 'Chad', '乍得'],
  ['CHL', 'GRULAC', 'Chile', '智利'],
  ['CHN', 'Asia-Pacific', 'China', '中国', ["People's Republic of China"], ['中华人民共和国']],
  ['COL', 'GRULAC', 'Colombia', '哥伦比亚'],
  ['COM', 'African', 'Comoros', '科摩罗', ['Union of the Comoros']],
  ['COG', 'African', 'Congo', '刚果', ['Republic of the Congo', 'Republic of Congo', 'Congo (Brazzaville)', 'Congo, Republic of the', 'Congo, Rep.', "People's Republic of the Congo"], ['刚果（布）', '刚果共和国']],
  ['CRI', 'GRULAC', 'Costa Rica', '哥斯达黎加'],
  ['CIV', 'African', "Côte d'Ivoire", '科特迪瓦', ['Ivory Coast']],
  ['HRV', 'EEG', 'Croatia', '克罗地亚'],
  ['CUB', 'GRULAC', 'Cuba', '古巴'],
  ['CYP', 'Asia-Pacific', 'Cyprus', '塞浦路斯'],
  ['CZE', 'EEG', 'Czechia', '捷克', ['Czech Republic'], ['捷克共和国']],
  ['PRK', 'Asia-Pacific', "Democratic People's Republic of Korea", '朝鲜民主主义人民共和国', ['North Korea', 'Korea, North', 'DPRK', 'DPR Korea', "Korea, Democratic People's Republic of", "Korea (Democratic People's Republic of)", "Korea, Dem. People's Rep."], ['朝鲜']],
  ['COD', 'African', 'Democratic Republic of the Congo', '刚果民主共和国', ['Democratic Republic of Congo', 'Congo, Democratic Republic of the', 'Congo (Democratic Republic of the)', 'Congo, Dem. Rep.', 'DR Congo', 'D.R. Congo', 'DRC', 'Zaire', 'Republic of Zaire', 'Congo (Leopoldville)', 'Congo (Kinshasa)'], ['刚果（金）', '扎伊尔']],
  ['DNK', 'WEOG', 'Denmark', '丹麦'],
  ['DJI', 'African', 'Djibouti', '吉布提'],
  ['DMA', 'GRULAC', 'Dominica', '多米尼克', ['Commonwealth of Dominica']],
  ['DOM', 'GRULAC', 'Dominican Republic', '多米尼加共和国', [], ['多米尼加']],
  ['ECU', 'GRULAC', 'Ecuador', '厄瓜多尔'],
  ['EGY', 'African', 'Egypt', '埃及', ['Arab Republic of Egypt', 'United Arab Republic'], ['阿拉伯联合共和国']],
  ['SLV', 'GRULAC', 'El Salvador', '萨尔瓦多'],
  ['GNQ', 'African', 'Equatorial Guinea', '赤道几内亚'],
  ['ERI', 'African', 'Eritrea', '厄立特里亚'],
  ['EST', 'EEG', 'Estonia', '爱沙尼亚'],
  ['SWZ', 'African', 'Eswatini', '斯威士兰', ['Swaziland', 'Kingdom of Eswatini']],
  ['ETH', 'African', 'Ethiopia', '埃塞俄比亚'],
  ['FJI', 'Asia-Pacific', 'Fiji', '斐济'],
  ['FIN', 'WEOG', 'Finland', '芬兰'],
  ['FRA', 'WEOG', 'France', '法国'],
  ['GAB', 'African', 'Gabon', '加蓬'],
  ['GMB', 'African', 'Gambia', '冈比亚', ['Gambia (Republic of The)', 'Republic of the Gambia', 'Gambia, The']],
  ['GEO', 'EEG', 'Georgia', '格鲁吉亚'],
  ['DEU', 'WEOG', 'Germany', '德国', ['Federal Republic of Germany', 'Germany, Federal Republic of', 'West Germany'], ['德意志联邦共和国', '联邦德国']],
  ['GHA', 'African', 'Ghana', '加纳'],
  ['GRC', 'WEOG', 'Greece', '希腊'],
  ['GRD', 'GRULAC', 'Grenada', '格林纳达'],
  ['GTM', 'GRULAC', 'Guatemala', '危地马拉'],
  ['GIN', 'African', 'Guinea', '几内亚'],
  ['GNB', 'African', 'Guinea-Bissau', '几内亚比绍'],
  ['GUY', 'GRULAC', 'Guyana', '圭亚那'],
  ['HTI', 'GRULAC', 'Haiti', '海地'],
  ['HND', 'GRULAC', 'Honduras', '洪都拉斯'],
  ['HUN', 'EEG', 'Hungary', '匈牙利'],
  ['ISL', 'WEOG', 'Iceland', '冰岛'],
  ['IND', 'Asia-Pacific', 'India', '印度'],
  ['IDN', 'Asia-Pacific', 'Indonesia', '印度尼西亚', [], ['印尼']],
  ['IRN', 'Asia-Pacific', 'Iran (Islamic Republic of)', '伊朗伊斯兰共和国', ['Iran', 'Islamic Republic of Iran', 'Iran, Islamic Republic of', 'Iran, Islamic Rep.'], ['伊朗']],
  ['IRQ', 'Asia-Pacific', 'Iraq', '伊拉克'],
  ['IRL', 'WEOG', 'Ireland', '爱尔兰'],
  ['ISR', 'WEOG', 'Israel', '以色列'],
  ['ITA', 'WEOG', 'Italy', '意大利'],
  ['JAM', 'GRULAC', 'Jamaica', '牙买加'],
  ['JPN', 'Asia-Pacific', 'Japan', '日本'],
  ['JOR', 'Asia-Pacific', 'Jordan', '约旦', ['Hashemite Kingdom of Jordan']],
  ['KAZ', 'Asia-Pacific', 'Kazakhstan', '哈萨克斯坦'],
  ['KEN', 'African', 'Kenya', '肯尼亚'],
  ['KIR', 'Asia-Pacific', 'Kiribati', '基里巴斯'],
  ['KWT', 'Asia-Pacific', 'Kuwait', '科威特'],
  ['KGZ', 'Asia-Pacific', 'Kyrgyzstan', '吉尔吉斯斯坦', ['Kyrgyz Republic']],
  ['LAO', 'Asia-Pacific', "Lao People's Democratic Republic", '老挝人民民主共和国', ['Laos', 'Lao PDR', 'Lao'], ['老挝']],
  ['LVA', 'EEG', 'Latvia', '拉脱维亚'],
  ['LBN', 'Asia-Pacific', 'Lebanon', '黎巴嫩'],
  ['LSO', 'African', 'Lesotho', '莱索托'],
  ['LBR', 'African', 'Liberia', '利比里亚'],
  ['LBY', 'African', 'Libya', '利比亚', ['Libyan Arab Jamahiriya', "Socialist People's Libyan Arab Jamahiriya", 'Libyan Arab Republic'], ['阿拉伯利比亚民众国']],
  ['LIE', 'WEOG', 'Liechtenstein', '列支敦士登'],
  ['LTU', 'EEG', 'Lithuania', '立陶宛'],
  ['LUX', 'WEOG', 'Luxembourg', '卢森堡'],
  ['MDG', 'African', 'Madagascar', '马达加斯加', ['Malagasy Republic']],
  ['MWI', 'African', 'Malawi', '马拉维'],
  ['MYS', 'Asia-Pacific', 'Malaysia', '马来西亚', ['Federation of Malaya', 'Malaya']],
  ['MDV', 'Asia-Pacific', 'Maldives', '马尔代夫', ['Maldive Islands']],
  ['MLI', 'African', 'Mali', '马里'],
  ['MLT', 'WEOG', 'Malta', '马耳他'],
  ['MHL', 'Asia-Pacific', 'Marshall Islands', '马绍尔群岛'],
  ['MRT', 'African', 'Mauritania', '毛里塔尼亚'],
  ['MUS', 'African', 'Mauritius', '毛里求斯'],
  ['MEX', 'GRULAC', 'Mexico', '墨西哥'],
  ['FSM', 'Asia-Pacific', 'Micronesia (Federated States of)', '密克罗尼西亚联邦', ['Micronesia', 'Federated States of Micronesia', 'Micronesia, Federated States of', 'Micronesia, Fed. Sts.']],
  ['MCO', 'WEOG', 'Monaco', '摩纳哥'],
  ['MNG', 'Asia-Pacific', 'Mongolia', '蒙古'],
  ['MNE', 'EEG', 'Montenegro', '黑山'],
  ['MAR', 'African', 'Morocco', '摩洛哥'],
  ['MOZ', 'African', 'Mozambique', '莫桑比克'],
  ['MMR', 'Asia-Pacific', 'Myanmar', '缅甸', ['Burma', 'Myanmar (Burma)']],
  ['NAM', 'African', 'Namibia', '纳米比亚'],
  ['NRU', 'Asia-Pacific', 'Nauru', '瑙鲁'],
  ['NPL', 'Asia-Pacific', 'Nepal', '尼泊尔'],
  ['NLD', 'WEOG', 'Netherlands (Kingdom of the)', '荷兰王国', ['Netherlands', 'Kingdom of the Netherlands', 'Holland'], ['荷兰']],
  ['NZL', 'WEOG', 'New Zealand', '新西兰'],
  ['NIC', 'GRULAC', 'Nicaragua', '尼加拉瓜'],
  ['NER', 'African', 'Niger', '尼日尔'],
  ['NGA', 'African', 'Nigeria', '尼日利亚'],
  ['MKD', 'EEG', 'North Macedonia', '北马其顿', ['The former Yugoslav Republic of Macedonia', 'Macedonia, the former Yugoslav Republic of', 'Macedonia FYR', 'FYR Macedonia', 'FYROM', 'Macedonia', 'Republic of North Macedonia'], ['前南斯拉夫的马其顿共和国', '马其顿']],
  ['NOR', 'WEOG', 'Norway', '挪威'],
  ['OMN', 'Asia-Pacific', 'Oman', '阿曼'],
  ['PAK', 'Asia-Pacific', 'Pakistan', '巴基斯坦'],
  ['PLW', 'Asia-Pacific', 'Palau', '帕劳'],
  ['PAN', 'GRULAC', 'Panama', '巴拿马'],
  ['PNG', 'Asia-Pacific', 'Papua New Guinea', '巴布亚新几内亚'],
  ['PRY', 'GRULAC', 'Paraguay', '巴拉圭'],
  ['PER', 'GRULAC', 'Peru', '秘鲁'],
  ['PHL', 'Asia-Pacific', 'Philippines', '菲律宾'],
  ['POL', 'EEG', 'Poland', '波兰'],
  ['PRT', 'WEOG', 'Portugal', '葡萄牙'],
  ['QAT', 'Asia-Pacific', 'Qatar', '卡塔尔'],
  ['KOR', 'Asia-Pacific', 'Republic of Korea', '大韩民国', ['South Korea', 'Korea, South', 'Korea, Republic of', 'Korea (Republic of)', 'Korea, Rep.'], ['韩国']],
  ['MDA', 'EEG', 'Republic of Moldova', '摩尔多瓦共和国', ['Moldova', 'Moldova, Republic of'], ['摩尔多瓦']],
  ['ROU', 'EEG', 'Romania', '罗马尼亚', ['Roumania']],
  ['RUS', 'EEG', 'Russian Federation', '俄罗斯联邦', ['Russia'], ['俄罗斯']],
  ['RWA', 'African', 'Rwanda', '卢旺达'],
  ['KNA', 'GRULAC', 'Saint Kitts and Nevis', '圣基茨和尼维斯', ['Saint Christopher and Nevis', 'Saint Kitts'], ['圣克里斯托弗和尼维斯']],
  ['LCA', 'GRULAC', 'Saint Lucia', '圣卢西亚'],
  ['VCT', 'GRULAC', 'Saint Vincent and the Grenadines', '圣文森特和格林纳丁斯', ['Saint Vincent and Grenadines', 'Saint Vincent']],
  ['WSM', 'Asia-Pacific', 'Samoa', '萨摩亚', ['Western Samoa'], ['西萨摩亚']],
  ['SMR', 'WEOG', 'San Marino', '圣马力诺'],
  ['STP', 'African', 'Sao Tome and Principe', '圣多美和普林西比'],
  ['SAU', 'Asia-Pacific', 'Saudi Arabia', '沙特阿拉伯'],
  ['SEN', 'African', 'Senegal', '塞内加尔'],
  ['SRB', 'EEG', 'Serbia', '塞尔维亚', ['Republic of Serbia']],
  ['SYC', 'African', 'Seychelles', '塞舌尔'],
  ['SLE', 'African', 'Sierra Leone', '塞拉利昂'],
  ['SGP', 'Asia-Pacific', 'Singapore', '新加坡'],
  ['SVK', 'EEG', 'Slovakia', '斯洛伐克', ['Slovak Republic']],
  ['SVN', 'EEG', 'Slovenia', '斯洛文尼亚'],
  ['SLB', 'Asia-Pacific', 'Solomon Islands', '所罗门群岛'],
  ['SOM', 'African', 'Somalia', '索马里'],
  ['ZAF', 'African', 'South Africa', '南非', ['Union of South Africa']],
  ['SSD', 'African', 'South Sudan', '南苏丹'],
  ['ESP', 'WEOG', 'Spain', '西班牙'],
  ['LKA', 'Asia-Pacific', 'Sri Lanka', '斯里兰卡', ['Ceylon'], ['锡兰']],
  ['SDN', 'African', 'Sudan', '苏丹'],
  ['SUR', 'GRULAC', 'Suriname', '苏里南', ['Surinam']],
  ['SWE', 'WEOG', 'Sweden', '瑞典'],
  ['CHE', 'WEOG', 'Switzerland', '瑞士'],
  ['SYR', 'Asia-Pacific', 'Syrian Arab Republic', '阿拉伯叙利亚共和国', ['Syria'], ['叙利亚']],
  ['TJK', 'Asia-Pacific', 'Tajikistan', '塔吉克斯坦'],
  ['THA', 'Asia-Pacific', 'Thailand', '泰国', ['Siam']],
  ['TLS', 'Asia-Pacific', 'Timor-Leste', '东帝汶', ['East Timor', 'Democratic Republic of Timor-Leste']],
  ['TGO', 'African', 'Togo', '多哥'],
  ['TON', 'Asia-Pacific', 'Tonga', '汤加'],
  ['TTO', 'GRULAC', 'Trinidad and Tobago', '特立尼达和多巴哥'],
  ['TUN', 'African', 'Tunisia', '突尼斯'],
  ['TUR', 'WEOG', 'Türkiye', '土耳其', ['Turkey', 'Republic of Türkiye'], ['土耳其共和国']],
  ['TKM', 'Asia-Pacific', 'Turkmenistan', '土库曼斯坦'],
  ['TUV', 'Asia-Pacific', 'Tuvalu', '图瓦卢'],
  ['UGA', 'African', 'Uganda', '乌干达'],
  ['UKR', 'EEG', 'Ukraine', '乌克兰', ['Ukrainian Soviet Socialist Republic', 'Ukrainian SSR'], ['乌克兰苏维埃社会主义共和国']],
  ['ARE', 'Asia-Pacific', 'United Arab Emirates', '阿拉伯联合酋长国', ['UAE'], ['阿联酋']],
  ['GBR', 'WEOG', 'United Kingdom of Great Britain and Northern Ireland', '大不列颠及北爱尔兰联合王国', ['United Kingdom', 'UK', 'U.K.', 'Great Britain', 'Britain'], ['英国']],
  ['TZA', 'African', 'United Republic of Tanzania', '坦桑尼亚联合共和国', ['Tanzania', 'Tanzania, United Republic of', 'Tanganyika', 'United Republic of Tanganyika and Zanzibar'], ['坦桑尼亚', '坦噶尼喀']],
  ['USA', 'WEOG', 'United States of America', '美利坚合众国', ['United States', 'USA', 'U.S.A.', 'US', 'U.S.'], ['美国']],
  ['URY', 'GRULAC', 'Uruguay', '乌拉圭'],
  ['UZB', 'Asia-Pacific', 'Uzbekistan', '乌兹别克斯坦'],
  ['VUT', 'Asia-Pacific', 'Vanuatu', '瓦努阿图'],
  ['VEN', 'GRULAC', 'Venezuela (Bolivarian Republic of)', '委内瑞拉玻利瓦尔共和国', ['Venezuela', 'Bolivarian Republic of Venezuela', 'Venezuela, Bolivarian Republic of', 'Venezuela, RB'], ['委内瑞拉']],
  ['VNM', 'Asia-Pacific', 'Viet Nam', '越南', ['Vietnam', 'Socialist Republic of Viet Nam']],
  ['YEM', 'Asia-Pacific', 'Yemen', '也门', ['Republic of Yemen', 'Yemen, Rep.']],
  ['ZMB', 'African', 'Zambia', '赞比亚'],
  ['ZWE', 'African', 'Zimbabwe', '津巴布韦'],
];

/**
 * Non-member observer States. The Holy See belongs to no regional group; the State of
 * Palestine has been a full member of the Asia(-Pacific) Group since 2 April 1986.
 */
// prettier-ignore
export const OBSERVER_ROWS: readonly StateRow[] = [
  ['VAT', 'none', 'Holy See', '教廷', ['Vatican', 'Vatican City', 'Vatican City State', 'Holy See (Vatican City State)'], ['梵蒂冈']],
  ['PSE', 'Asia-Pacific', 'State of Palestine', '巴勒斯坦国', ['Palestine', 'Palestine, State of'], ['巴勒斯坦']],
];

/**
 * Former Members whose seat no current Member continues under the same code. Codes are the
 * withdrawn ISO 3166-1 codes (SUN, YUG, SCG, CSK, DDR, YMD) or, where ISO never had one for the
 * state as distinct from its successor, our own: YAR (ISO used YEM for it until 1990) and ZAN
 * (the Correlates of War abbreviation). The UN printed the Yemen Arab Republic as plain "Yemen";
 * resolveStateOn() maps that by date.
 */
// prettier-ignore
export const HISTORICAL_ROWS: readonly StateRow[] = [
  ['SUN', 'EEG', 'Union of Soviet Socialist Republics', '苏维埃社会主义共和国联盟', ['USSR', 'U.S.S.R.', 'Soviet Union'], ['苏联']],
  ['YUG', 'EEG', 'Yugoslavia', '南斯拉夫', ['Socialist Federal Republic of Yugoslavia', "Federal People's Republic of Yugoslavia", 'SFRY'], ['南斯拉夫社会主义联邦共和国']],
  ['SCG', 'EEG', 'Serbia and Montenegro', '塞尔维亚和黑山', ['Federal Republic of Yugoslavia', 'Yugoslavia, Federal Republic of', 'FRY'], ['南斯拉夫联盟共和国']],
  ['CSK', 'EEG', 'Czechoslovakia', '捷克斯洛伐克', ['Czech and Slovak Federal Republic', 'Czechoslovak Socialist Republic', 'Czechoslovak Republic']],
  ['DDR', 'EEG', 'German Democratic Republic', '德意志民主共和国', ['East Germany', 'GDR'], ['民主德国']],
  ['YAR', 'Asia-Pacific', 'Yemen Arab Republic', '阿拉伯也门共和国', ['North Yemen'], ['北也门']],
  ['YMD', 'Asia-Pacific', 'Democratic Yemen', '民主也门', ["People's Democratic Republic of Yemen", "Yemen People's Republic", "People's Republic of Southern Yemen", 'Southern Yemen', 'South Yemen', 'Yemen, Democratic'], ['也门民主人民共和国', '南也门']],
  ['ZAN', 'none', 'Zanzibar', '桑给巴尔', ["People's Republic of Zanzibar"]],
];

/**
 * Names printed in the state columns of the datasets we read that are not a state, or not one
 * we attribute: resolveState() returns undefined for them on purpose. Keyed by the printed form.
 */
export const NON_STATE_NAMES: Readonly<Record<string, string>> = {
  '&#40;Unknown&#41;':
    'UPR Info placeholder ("(Unknown)", HTML-escaped) for a recommendation whose recommending State the database did not record.',
  '(Unknown)': 'The same placeholder, unescaped.',
  Taiwan:
    'Voeten/unvotes label for the votes cast in the UN\'s "China" seat from 1946 to 25 October 1971 by the Republic of China government. The UN printed "China"; since resolution 2758 (XXVI) the seat is the People\'s Republic of China\'s. We do not attribute these votes to CHN or to a separate state: an importer must decide.',
};

/**
 * Codes that datasets use for a state we key differently: the Federal Republic of Germany's
 * votes under GER (hrc-voting), and withdrawn ISO codes of states that changed name.
 */
export const CODE_ALIASES: Readonly<Record<string, string>> = {
  GER: 'DEU', // Federal Republic of Germany (hrc-voting's code for 1973–1990)
  FRG: 'DEU',
  ROM: 'ROU', // ISO alpha-3 for Romania until 2002
  ZAR: 'COD', // Zaire
  TMP: 'TLS', // East Timor
  BUR: 'MMR', // Burma
  DHY: 'BEN', // Dahomey
  HVO: 'BFA', // Upper Volta
};

/**
 * Seat successions: a name that resolves to `code` but was printed on a date in [from, until)
 * (ISO dates) means the state `to`. These are the cases where one printed name covers two UN
 * seats over time (plain "Yemen" was the Yemen Arab Republic until unification; datasets keep
 * "Russia" for the USSR's votes and "Yugoslavia" for Serbia's), or where a stale name of a
 * former Member means the Member that continued its seat. Used by resolveStateOn().
 */
export interface SeatSuccession {
  code: string;
  from?: string;
  until?: string;
  to: string;
  why: string;
}

// prettier-ignore
export const SEAT_SUCCESSIONS: readonly SeatSuccession[] = [
  { code: 'RUS', until: '1991-12-24', to: 'SUN', why: 'the Russian Federation continued the USSR seat on 24 December 1991; datasets print the USSR as "Russia"' },
  { code: 'SUN', from: '1991-12-24', to: 'RUS', why: 'the Russian Federation continued the USSR seat on 24 December 1991' },
  { code: 'YEM', until: '1990-05-22', to: 'YAR', why: 'before unification on 22 May 1990 the UN printed the Yemen Arab Republic as "Yemen"' },
  { code: 'YAR', from: '1990-05-22', to: 'YEM', why: 'Yemen continued both Yemeni seats from 22 May 1990' },
  { code: 'YMD', from: '1990-05-22', to: 'YEM', why: 'Yemen continued both Yemeni seats from 22 May 1990' },
  { code: 'DDR', from: '1990-10-03', to: 'DEU', why: 'the German Democratic Republic acceded to the Federal Republic of Germany on 3 October 1990' },
  { code: 'YUG', from: '2000-11-01', until: '2006-06-03', to: 'SCG', why: 'the Federal Republic of Yugoslavia, admitted 1 November 2000, sat as "Yugoslavia" until it became Serbia and Montenegro on 4 February 2003' },
  { code: 'YUG', from: '2006-06-03', to: 'SRB', why: 'Serbia continued the seat of Serbia and Montenegro on 3 June 2006; datasets such as unvotes keep the label "Yugoslavia"' },
  { code: 'SCG', from: '2006-06-03', to: 'SRB', why: 'Serbia continued the seat of Serbia and Montenegro on 3 June 2006' },
  { code: 'ZAN', from: '1964-04-26', to: 'TZA', why: 'Tanganyika and Zanzibar united on 26 April 1964 and continued as one Member' },
];
