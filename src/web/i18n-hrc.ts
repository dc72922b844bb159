/**
 * UI text of the HRC recorded-votes pages, in English and Chinese. `hrcZh` is typed as the shape
 * of `hrcEn`, so a key missing from either language is a compile error. Merged into i18n.ts as `t.hrc`.
 */

export const hrcEn = {
  title: 'Human Rights Council votes',
};

export type HrcMessages = typeof hrcEn;

export const hrcZh: HrcMessages = {
  title: '人权理事会表决',
};
