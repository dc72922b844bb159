/**
 * The Secretary-General's reprisals reports by year (../shared/formats/sg-reprisals-report.md and
 * ../shared/data/sg-reprisals-reports-index: symbols marked verified there were read on the
 * document; the others are the ones the index lists as printed by secondary sources).
 * An ISHR case code starts with the report year, so a coded case gets its report's symbol here.
 */
export const SG_REPRISALS_REPORTS: Readonly<Record<number, string>> = {
  2010: 'A/HRC/14/19',
  2011: 'A/HRC/18/19',
  2012: 'A/HRC/21/18',
  2013: 'A/HRC/24/29',
  2014: 'A/HRC/27/38',
  2015: 'A/HRC/30/29',
  2016: 'A/HRC/33/19',
  2017: 'A/HRC/36/31',
  2018: 'A/HRC/39/41',
  2019: 'A/HRC/42/30',
  2020: 'A/HRC/45/36',
  2021: 'A/HRC/48/28',
  2022: 'A/HRC/51/47',
  2023: 'A/HRC/54/61',
  2024: 'A/HRC/57/60',
  2025: 'A/HRC/60/62',
};
