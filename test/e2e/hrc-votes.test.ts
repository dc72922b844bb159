import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AgreementMatrixFigure,
  AlignmentRow,
} from '../../src/analysis/hrc-votes/alignment.js';
import type { VotingRecord } from '../../src/analysis/hrc-votes/record.js';
import type { ResolutionVotes } from '../../src/analysis/hrc-votes/resolution.js';
import type { TextList } from '../../src/analysis/hrc-votes/text-list.js';
import {
  chromiumSkipReason,
  HAVE_CHROMIUM,
  numberIn,
  percentIn,
  useBrowserHarness,
} from './helpers.js';

/**
 * The HRC votes pages in a real browser against a real server holding the sample dataset. Every
 * figure is compared with what the API returns for the same question, never with numbers written
 * here, so the test keeps holding when the sample data changes.
 */

const SKIP_REASON = chromiumSkipReason('HRC browser tests');
const BALLOTS = ['yes', 'no', 'abstain', 'absent'] as const;

interface StatesList {
  items: { code: string; nameEn: string; nameZh: string; group: string }[];
}

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'HRC votes pages in Chromium' : SKIP_REASON, () => {
  const hrc = useBrowserHarness('hrc');
  const { api, open, shot, pageErrors } = hrc;
  let states: StatesList;

  beforeAll(async () => {
    states = await api<StatesList>('/api/v1/states');
  });

  afterAll(() => {
    expect(pageErrors).toEqual([]);
  });

  /** The newest country-specific recorded vote with a roll-call, as the API lists it. */
  async function countryText(): Promise<{ id: number; figure: ResolutionVotes }> {
    const list = await api<TextList>('/api/v1/votes/texts?recorded=true&countrySpecific=true');
    expect(list.items.length).toBeGreaterThan(0);
    const id = list.items[0]!.id;
    const figure = await api<ResolutionVotes>(`/api/v1/votes/resolution?id=${id}`);
    expect(Object.keys(figure.votes).length).toBeGreaterThan(0);
    return { id, figure };
  }

  /** The ballots the page shows: state → vote, from the grid's data attributes. */
  async function shownBallots(page: Page): Promise<Record<string, string>> {
    const pairs = await page
      .getByTestId('ballot')
      .evaluateAll((els) => els.map((e) => [e.dataset.state!, e.dataset.vote!] as const));
    return Object.fromEntries(pairs);
  }

  it('lists the recorded votes and opens a text from the list', async () => {
    const list = await api<TextList>('/api/v1/votes/texts?recorded=true&page=1&pageSize=50');
    const page = await open('/hrc?lang=en');
    const rows = page.getByTestId('text-row');
    await page.getByTestId('texts-table').waitFor();
    expect(await rows.count()).toBe(list.items.length);
    await expect(page.getByTestId('texts-total').textContent()).resolves.toBe(
      `${numberIn('en-GB')(list.total)} text${list.total === 1 ? '' : 's'}`,
    );
    const ids = await rows.evaluateAll((els) => els.map((e) => Number(e.dataset.id)));
    expect(ids).toEqual(list.items.map((i) => i.id));
    await shot(page, 'texts-en');

    // the scope filter asks the API for country-specific texts only
    const country = await api<TextList>(
      '/api/v1/votes/texts?countrySpecific=true&recorded=true&page=1&pageSize=50',
    );
    await page.getByTestId('filter-scope').selectOption('country');
    await page.waitForURL('**/hrc?scope=country');
    await expect.poll(() => rows.count()).toBe(country.items.length);

    await rows.first().getByTestId('text-link').click();
    await page.waitForURL(`**/hrc/text/${country.items[0]!.id}`);
    await page.getByTestId('ballot-grid').waitFor();
    await page.close();
  });

  it('shows a resolution: every member’s vote, counts beside the printed totals, source, CSV', async () => {
    const { id, figure } = await countryText();
    const page = await open(`/hrc/text/${id}?lang=en`);
    await page.getByTestId('ballot-grid').waitFor();
    await expect(page.getByTestId('text-symbol').textContent()).resolves.toBe(figure.symbol);
    await expect(page.getByTestId('text-title').textContent()).resolves.toBe(figure.title);

    // the grid holds exactly the roll-call, grouped by the regional group of each state
    expect(await shownBallots(page)).toEqual(figure.votes);
    const groupOf = new Map(states.items.map((s) => [s.code, s.group]));
    const groups = await page
      .getByTestId('ballot-group')
      .evaluateAll((els) =>
        els.map(
          (g) =>
            [
              g.dataset.group!,
              [...g.querySelectorAll<HTMLElement>('[data-testid="ballot"]')].map(
                (b) => b.dataset.state!,
              ),
            ] as const,
        ),
      );
    for (const [group, members] of groups)
      for (const m of members) expect(groupOf.get(m) ?? 'none').toBe(group);
    // each vote is written out, not only coloured
    const words = await page
      .getByTestId('ballot')
      .evaluateAll((els) =>
        els.map((e) => e.querySelector('[data-testid="ballot-badge"]')!.textContent),
      );
    expect(new Set(words)).toEqual(
      new Set(
        Object.values(figure.votes).map(
          (v) => ({ yes: 'Yes', no: 'No', abstain: 'Abstain', absent: 'Absent' })[v],
        ),
      ),
    );

    // counts from the ballots and as printed, flagged where they differ
    for (const b of BALLOTS) {
      const row = page.locator(`[data-testid="count-row"][data-ballot="${b}"]`);
      await expect(row.getByTestId('count-ballots').textContent()).resolves.toBe(
        numberIn('en-GB')(figure.counts[b]),
      );
      const printed = b === 'absent' ? null : (figure.officialCounts?.[b] ?? null);
      await expect(row.getByTestId('count-official').textContent()).resolves.toBe(
        printed === null ? '—' : numberIn('en-GB')(printed),
      );
      await expect(row.getAttribute('data-differs')).resolves.toBe(
        String(printed !== null && printed !== figure.counts[b]),
      );
    }
    if (figure.countsAgree === false)
      expect(await page.getByTestId('counts-note').textContent()).toContain('differ');

    // targets with the rule that labelled them
    for (const target of figure.targets) {
      const item = page.locator(`[data-testid="text-target"][data-target="${target.state}"]`);
      expect(await item.textContent()).toContain(target.matched);
    }

    // the source line, and a CSV with one row per member
    await expect(page.getByTestId('source-line').textContent()).resolves.toBe(
      `line ${figure.source.line}`,
    );
    const csvHref = await page.getByTestId('ballots-csv').getAttribute('href');
    expect(csvHref).toBe(`/api/v1/votes/resolution.csv?id=${id}`);
    const csv = await (await fetch(`${hrc.url}${csvHref}`)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(1 + Object.keys(figure.votes).length);
    await shot(page, 'resolution-en');

    // the same text by its symbol
    if (figure.symbol) {
      const bySymbol = await open(`/hrc/resolution/${encodeURIComponent(figure.symbol)}`);
      await bySymbol.getByTestId('ballot-grid').waitFor();
      expect(await shownBallots(bySymbol)).toEqual(figure.votes);
      await bySymbol.close();
    }
    await page.close();
  });

  it('shows a resolution in Chinese: state names and vote words in Chinese', async () => {
    const { id, figure } = await countryText();
    const page = await open(`/hrc/text/${id}?lang=zh`);
    await page.getByTestId('ballot-grid').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
    expect(await shownBallots(page)).toEqual(figure.votes);
    const zhName = new Map(states.items.map((s) => [s.code, s.nameZh]));
    const [code, vote] = Object.entries(figure.votes)[0]!;
    const ballot = page.locator(`[data-testid="ballot"][data-state="${code}"]`);
    await expect.poll(() => ballot.locator('a').textContent()).toBe(zhName.get(code));
    await expect(ballot.getByTestId('ballot-badge').textContent()).resolves.toBe(
      { yes: '赞成', no: '反对', abstain: '弃权', absent: '缺席' }[vote],
    );
    const yesRow = page.locator('[data-testid="count-row"][data-ballot="yes"]');
    await expect(yesRow.getByTestId('count-ballots').textContent()).resolves.toBe(
      numberIn('zh-CN')(figure.counts.yes),
    );
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toContain(
      '各成员的投票',
    );
    await shot(page, 'resolution-zh');
    await page.close();
  });

  /** A state that voted on the newest country-specific text: it has a record to show. */
  async function profiledState(): Promise<{ state: string; record: VotingRecord }> {
    const { figure } = await countryText();
    const state = Object.entries(figure.votes).find(([, v]) => v !== 'absent')![0];
    const record = await api<VotingRecord>(`/api/v1/votes/record/${state}?countrySpecific=true`);
    expect(record.items.length).toBeGreaterThan(0);
    return { state, record };
  }

  it('shows a state’s voting profile: heat-map and votes agree with the API', async () => {
    const { state, record } = await profiledState();
    const page = await open(`/hrc/state/${state}?lang=en`);
    await page.getByTestId('record-table').waitFor();
    await expect
      .poll(() => page.getByTestId('state-title').textContent())
      .toBe(`Voting record: ${record.nameEn}`);
    const n = numberIn('en-GB');
    expect(await page.getByTestId('record-totals').textContent()).toContain(
      `${n(record.totals.yes)} yes, ${n(record.totals.no)} no, ${n(record.totals.abstain)} abstentions, ${n(record.totals.absent)} absent`,
    );

    // the table: every vote, newest first, each linked to its text
    const rows = page.getByTestId('record-row');
    const shown = await rows.evaluateAll((els) =>
      els.map((e) => [Number(e.dataset.id), e.dataset.vote!] as const),
    );
    expect(shown).toEqual([...record.items].reverse().map((i) => [i.textId, i.vote] as const));
    await expect(rows.first().getByTestId('record-text-link').getAttribute('href')).resolves.toBe(
      `/hrc/text/${record.items.at(-1)!.textId}`,
    );

    // the heat-map: summed over a target's row, the cells give the API's totals for that target
    const cells = await page.getByTestId('heatmap-row').evaluateAll((trs) =>
      trs.map((tr) => {
        const sum = { yes: 0, no: 0, abstain: 0, absent: 0 };
        for (const td of tr.querySelectorAll<HTMLElement>('[data-testid="heatmap-cell"]'))
          for (const k of ['yes', 'no', 'abstain', 'absent'] as const)
            sum[k] += Number(td.dataset[k]);
        return [(tr as HTMLElement).dataset.target!, sum] as const;
      }),
    );
    expect(cells.map(([target]) => target).sort()).toEqual(
      record.byTarget.map((r) => r.target).sort(),
    );
    for (const [target, sum] of cells) {
      const api = record.byTarget.find((r) => r.target === target)!;
      expect(sum).toEqual({ yes: api.yes, no: api.no, abstain: api.abstain, absent: api.absent });
    }
    // the ECharts heat map above the table: one labelled cell per table cell, each showing its
    // number of texts
    const heatCells = await page
      .getByTestId('heatmap-cell')
      .evaluateAll((tds) => tds.map((td) => td.querySelector('.heat-n')!.textContent!));
    const heatText = page.getByTestId('record-heatmap-chart').locator('svg text');
    await expect
      .poll(async () => (await heatText.allTextContents()).filter((x) => /^\d+$/.test(x)).length)
      .toBeGreaterThanOrEqual(heatCells.length);
    // a cell's title spells out its counts
    const firstCell = page.getByTestId('heatmap-cell').first();
    expect(await firstCell.getAttribute('title')).toMatch(
      /\d+ yes, \d+ no, \d+ abstain, \d+ absent$/,
    );

    await expect(page.getByTestId('record-csv').getAttribute('href')).resolves.toBe(
      `/api/v1/votes/record/${state}.csv?countrySpecific=true&body=HRC`,
    );
    await shot(page, 'state-en');

    // every recorded vote, not only country-specific ones
    const everything = await api<VotingRecord>(`/api/v1/votes/record/${state}`);
    await page.getByTestId('filter-country-specific').uncheck();
    await page.waitForURL(`**/hrc/state/${state}?scope=all`);
    await expect.poll(() => rows.count()).toBe(everything.items.length);
    await page.close();
  });

  it('shows a state’s voting profile in Chinese', async () => {
    const { state, record } = await profiledState();
    const page = await open(`/hrc/state/${state}?lang=zh`);
    await page.getByTestId('record-table').waitFor();
    // the title shows the code until the state list arrives, which may be after the record
    await expect
      .poll(() => page.getByTestId('state-title').textContent())
      .toBe(`投票记录：${record.nameZh}`);
    expect(await page.getByTestId('record-row').count()).toBe(record.items.length);
    const zhName = new Map(states.items.map((s) => [s.code, s.nameZh]));
    const targets = await page
      .getByTestId('heatmap-row')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.target!));
    // names come from the state list, which may arrive after the record
    await expect
      .poll(() =>
        page
          .getByTestId('heatmap-row')
          .evaluateAll((trs) => trs.map((tr) => tr.querySelector('th')!.textContent)),
      )
      .toEqual(targets.map((t) => zhName.get(t)));
    const n = numberIn('zh-CN');
    expect(await page.getByTestId('record-totals').textContent()).toContain(
      `赞成 ${n(record.totals.yes)}，反对 ${n(record.totals.no)}`,
    );
    await shot(page, 'state-zh');
    await page.close();
  });

  it('ranks who votes with a state and shows the matrix and bloc cohesion', async () => {
    const { state } = await profiledState();
    const ranking = await api<{ rows: AlignmentRow[] }>(`/api/v1/votes/alignment/${state}?top=20`);
    // the full form, as API users get it: the page reads the compact one (shape=triangle)
    const matrix = await api<AgreementMatrixFigure>('/api/v1/votes/matrix');
    const cohesion = await api<{ rows: { name: string }[] }>('/api/v1/votes/cohesion');
    const page = await open(`/hrc/alignment?state=${state}&lang=en`);
    await page.getByTestId('alignment-table').waitFor();
    const rows = page.getByTestId('alignment-row');
    expect(await rows.evaluateAll((els) => els.map((e) => e.dataset.state))).toEqual(
      ranking.rows.map((r) => r.state),
    );
    if (ranking.rows.length > 0)
      await expect(rows.first().getByTestId('alignment-agreement').textContent()).resolves.toBe(
        percentIn('en-GB')(ranking.rows[0]!.agreement),
      );
    await expect(page.getByTestId('alignment-csv').getAttribute('href')).resolves.toBe(
      `/api/v1/votes/alignment/${state}.csv?top=20`,
    );
    expect(await page.getByTestId('cohesion-row').count()).toBe(cohesion.rows.length);
    if (matrix.states.length <= 60) {
      await page.getByTestId('hrc-matrix').waitFor();
      expect(await page.locator('[data-testid="hrc-matrix"] tbody tr').count()).toBe(
        matrix.states.length,
      );
      // every cell drawn holds the full form's value for its pair, and no pair is missing
      const drawn = await page
        .getByTestId('hrc-matrix-cell')
        .evaluateAll((els) => els.map((e) => [e.dataset.pair, e.dataset.agreement] as const));
      const index = new Map(matrix.states.map((s, i) => [s.code, i]));
      const expected: [string, string][] = [];
      for (const [a, i] of index)
        for (const [b, j] of index) {
          const value = matrix.agreement[i]![j];
          if (i !== j && value !== null && value !== undefined)
            expected.push([`${a}|${b}`, String(value)]);
        }
      expect(drawn.length).toBeGreaterThan(0);
      expect(new Map(drawn)).toEqual(new Map(expected));
    } else await page.getByTestId('show-matrix').waitFor();
    await shot(page, 'alignment-en');
    await page.close();
  });
  it('lists hostile amendments and plots positions by year, as the API gives them', async () => {
    const amendments = await api<{ amendments: { amendment: { id: number } }[] }>(
      '/api/v1/votes/amendments?hostileOnly=true',
    );
    const page = await open('/hrc/amendments?lang=en');
    if (amendments.amendments.length === 0) await page.getByText('No recorded amendment').waitFor();
    else {
      await page.getByTestId('amendments-table').waitFor();
      expect(
        await page
          .getByTestId('amendment-row')
          .evaluateAll((els) => els.map((e) => Number(e.dataset.id))),
      ).toEqual(amendments.amendments.map((a) => a.amendment.id));
    }
    await shot(page, 'amendments-en');

    const ideal = await api<{ years: { year: number; points: { state: string }[] }[] }>(
      '/api/v1/votes/ideal-points?minVotes=1',
    );
    expect(ideal.years.length).toBeGreaterThan(0);
    await page.goto(`${hrc.url}/hrc/ideal-points?minVotes=1`);
    await page.getByTestId('ideal-plot').first().waitFor();
    const years = await page
      .getByTestId('ideal-year')
      .evaluateAll((els) => els.map((e) => Number(e.dataset.year)));
    expect(years).toEqual(ideal.years.map((y) => y.year).reverse());
    const newest = ideal.years.at(-1)!;
    expect(await page.getByTestId('ideal-year').first().getByTestId('ideal-dot').count()).toBe(
      newest.points.length,
    );
    // every labelled state's code is written in the plot
    const labelled = await page
      .getByTestId('ideal-year')
      .first()
      .locator('[data-testid="ideal-dot"][data-labelled="true"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.state!));
    expect(labelled.length).toBeGreaterThan(0);
    const plotText = page.getByTestId('ideal-plot').first().locator('svg text');
    await expect.poll(() => plotText.allTextContents()).toEqual(expect.arrayContaining(labelled));
    await shot(page, 'ideal-points-en');
    await page.close();
  });
});
