/**
 * UI text of the Universal Periodic Review pages, in English and Chinese. `uprZh` is typed as the
 * shape of `uprEn`, so a key missing from either language is a compile error. Merged into i18n.ts as `t.upr`.
 */

export const uprEn = {
  title: 'Universal Periodic Review',
};

export type UprMessages = typeof uprEn;

export const uprZh: UprMessages = {
  title: '普遍定期审议',
};
