/**
 * UI text of the ECharts charts (toolbox, axes, the heat-map scale, click hints), in English and
 * Chinese. `chartsZh` is typed as the shape of `chartsEn`, so a key missing from either language is
 * a compile error. Merged into i18n.ts as `t.charts`.
 */

export const chartsEn = {
  saveImage: 'Save as image',
  /** the file name (no extension) a saved chart gets */
  fileName: 'groundpass-chart',
  questionsAxis: 'Questions',
  positionAxis: 'Position',
  countAxis: 'Number counted',
  clickBarHint: 'Select a bar, or a row of the table, to open the questions behind it.',
  clickCellHint: 'Select a cell to open the votes on that country.',
  clickDotHint: 'Select a dot to open that state’s voting record.',
  heatLow: 'all no',
  heatHigh: 'all yes',
  heatDescription: (state: string, targets: string, first: string, last: string) =>
    `Heat map of the votes of ${state} on texts about ${targets} target countries from ${first} to ${last}: each cell is coloured from all no (orange) through abstentions (yellow) to all yes (green), and shows the number of texts.`,
  heatCellTip: (target: string, year: string, texts: string, counts: string) =>
    `${target}, ${year}: ${texts} · ${counts}`,
  textsN: (n: string) => `${n} ${n === '1' ? 'text' : 'texts'}`,
  colBars: 'Bars',
};

export const chartsZh: typeof chartsEn = {
  saveImage: '保存为图片',
  fileName: 'groundpass-chart',
  questionsAxis: '提问数',
  positionAxis: '位置',
  countAxis: '计数',
  clickBarHint: '选择一根条形或表格中的一行，即可打开其背后的提问。',
  clickCellHint: '选择一个单元格，即可打开针对该国的表决。',
  clickDotHint: '选择一个点，即可打开该国的投票记录。',
  heatLow: '全部反对',
  heatHigh: '全部赞成',
  heatDescription: (state, targets, first, last) =>
    `热图：${first} 年至 ${last} 年${state}对涉及 ${targets} 个国家的案文的投票；每个单元格的颜色从全部反对（橙色）经弃权（黄色）到全部赞成（绿色），并显示案文数。`,
  heatCellTip: (target, year, texts, counts) => `${target}（${year} 年）：${texts} · ${counts}`,
  textsN: (n) => `${n} 项案文`,
  colBars: '条形',
};
