import type { StateArgErrorKind } from './states-arg.js';

/*
 * The words of a state argument's error, apart from the state table it is checked against: the
 * CLI's messages need them on every run, the table and its schema only when a state is read.
 */

export interface StateArgProblem {
  kind: StateArgErrorKind;
  input: string;
  candidates: readonly { code: string; nameEn: string; nameZh: string }[];
  reason?: string;
}

/** The error in words, the same in every command and route. */
export function stateArgMessage(e: StateArgProblem, lang: 'en' | 'zh'): string {
  const zh = lang === 'zh';
  const list = e.candidates
    .map((s) => (zh ? `${s.nameZh}（${s.code}）` : `${s.nameEn} (${s.code})`))
    .join(zh ? '、' : ', ');
  const how = zh
    ? '请使用 ISO 3166 三字母代码（如 CHN）或联合国国名（如 China、中国）'
    : 'use an ISO 3166 alpha-3 code (e.g. CHN) or a UN state name (e.g. China, 中国)';
  switch (e.kind) {
    case 'empty':
      return zh ? `未指定国家：${how}` : `no state given: ${how}`;
    case 'not-a-state':
      return zh
        ? `"${e.input}" 在联合国记录中不对应任何国家：${e.reason ?? ''}`
        : `"${e.input}" stands for no state in the UN record: ${e.reason ?? ''}`;
    case 'ambiguous':
      return zh
        ? `"${e.input}" 对应多个国家：${list}。请使用代码或完整国名`
        : `"${e.input}" matches several states: ${list}. Use the code or the full name`;
    case 'unknown':
      if (e.candidates.length === 0)
        return zh ? `未知国家 "${e.input}"：${how}` : `unknown state "${e.input}": ${how}`;
      return zh
        ? `未知国家 "${e.input}"：您是否指 ${list}？${how}`
        : `unknown state "${e.input}": did you mean ${list}? ${how.replace(/^u/, 'U')}`;
  }
}
