import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { QuestionsByState } from '../../src/analysis/ngo-committee/questions-by-state.js';
import { BAR_COLOUR } from '../../src/charts/palette.js';
import {
  chromiumSkipReason,
  HAVE_CHROMIUM,
  numberIn,
  percentIn,
  useBrowserHarness,
} from './helpers.js';

/**
 * The web app in a real browser against a real server holding the sample dataset. Figures are
 * compared with what the API returns, never with numbers written here, so the test keeps holding
 * when the sample data grows.
 */

const SKIP_REASON = chromiumSkipReason('browser tests');

interface PendingPage {
  total: number;
  items: { organizationId: number; organization: string }[];
}
interface StatesList {
  items: { code: string; nameEn: string; nameZh: string }[];
}
interface RollCalls {
  votes: number;
  members: { state: string; nameEn: string; evidence: { ids: number[] } }[];
  agreement: { a: string; b: string; votes: number }[];
}
interface VoteList {
  total: number;
  items: { id: number; ballots: Record<string, string>; source: { line: number } }[];
}

/** what the vote list shows on one page */
const VOTES_PAGE_SIZE = 20;
/** what the evidence list of questions shows on one page */
const QUESTIONS_PAGE_SIZE = 20;

const formatNumber = numberIn('en-GB');
const formatShare = percentIn('en-GB');
const questions = (n: number) => `${formatNumber(n)} question${n === 1 ? '' : 's'}`;

/** The counts of a state's two most-asked topics, leaving out one topic: what its chips show. */
function topTwoCounts(topics: Record<string, number>, except: string | null = null): number[] {
  return Object.entries(topics)
    .filter(([topic, n]) => topic !== except && n > 0)
    .map(([, n]) => n)
    .sort((a, b) => b - a)
    .slice(0, 2);
}

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'web app in Chromium' : SKIP_REASON, () => {
  const web = useBrowserHarness('web');
  const { api, open, shot, pageErrors } = web;

  it('shows questions by state: banner, chart and table agree with the API', async () => {
    const figure = await api<QuestionsByState>('/api/v1/ngo-committee/questions');
    const meta = await api<{ sample: boolean }>('/api/v1/meta');
    expect(figure.rows.length).toBeGreaterThan(0);
    const top = figure.rows[0]!;

    const page = await open('/');
    const table = page.getByTestId('questions-table');
    await table.waitFor();
    if (meta.sample) {
      await expect(page.getByTestId('sample-banner').textContent()).resolves.toBe(
        'Sample data — fictional organisations, for trying the app',
      );
    }

    // the chart's data table: one row per bar, the top state first, each linked to its questions
    const bars = page.getByTestId('chart-bar');
    expect(await bars.count()).toBeGreaterThan(0);
    expect(await bars.count()).toBe(Math.min(15, figure.rows.length));
    await expect(bars.first().getAttribute('data-state')).resolves.toBe(top.state);
    await expect(bars.first().getAttribute('data-value')).resolves.toBe(String(top.questions));
    await expect(bars.first().locator('a').getAttribute('href')).resolves.toBe(
      `/questions/${top.state}`,
    );
    // the ECharts chart: labelled for screen readers with the top state and its count, one bar
    // (an SVG path in the bar colour) per row, the top state's bar on top and the longest
    const chart = page.getByTestId('questions-chart');
    await expect(chart.getAttribute('aria-label')).resolves.toContain(
      `Most questions: ${top.nameEn}, ${formatNumber(top.questions)}.`,
    );
    const barPaths = chart.locator(`svg path[fill="${BAR_COLOUR}"]`);
    await expect.poll(() => barPaths.count()).toBe(Math.min(15, figure.rows.length));
    const boxes = await barPaths.evaluateAll((paths) =>
      paths.map((p) => (p as SVGGraphicsElement).getBBox()).map((b) => [b.y, b.width] as const),
    );
    const byTop = [...boxes].sort((a, b) => a[0] - b[0]).map(([, w]) => w);
    expect(Math.max(...byTop)).toBe(byTop[0]);
    // the bar's value is written at its end
    expect(await chart.locator('svg text').allTextContents()).toContain(
      formatNumber(top.questions),
    );

    const rows = table.getByTestId('questions-row');
    expect(await rows.count()).toBe(figure.rows.length);
    await expect(rows.first().getAttribute('data-state')).resolves.toBe(top.state);
    await expect(rows.first().getByTestId('state-name').textContent()).resolves.toBe(top.nameEn);
    await expect(rows.first().getByTestId('question-count').textContent()).resolves.toBe(
      formatNumber(top.questions),
    );
    expect(await rows.first().textContent()).toContain(formatShare(top.share));
    await expect(rows.first().getByTestId('repeated-count').textContent()).resolves.toBe(
      formatNumber(top.repeated),
    );

    // what each state asks about: its two most-asked topics, each linked to those questions
    const chips = rows.first().getByTestId('row-topic');
    const shown = await chips.evaluateAll((els) =>
      els.map((e) => [e.dataset.topic!, Number(e.dataset.count)] as const),
    );
    expect(shown.map(([, n]) => n)).toEqual(topTwoCounts(top.topics));
    for (const [topic, n] of shown) expect(n).toBe(top.topics[topic]);
    await expect(chips.first().locator('a').getAttribute('href')).resolves.toBe(
      `/questions/${top.state}?topic=${shown[0]![0]}`,
    );

    await expect(page.getByTestId('questions-csv').getAttribute('href')).resolves.toBe(
      '/api/v1/ngo-committee/questions.csv',
    );
    await shot(page, 'questions-en');

    // a year range: the address, the table and the CSV link follow it
    const year = Math.max(...figure.byYear.map((r) => r.year));
    const ranged = await api<QuestionsByState>(`/api/v1/ngo-committee/questions?from=${year}`);
    await page.getByTestId('year-from').selectOption(String(year));
    await page.waitForURL(`**/?from=${year}`);
    await expect.poll(() => rows.count()).toBe(ranged.rows.length);
    await expect(rows.first().getAttribute('data-state')).resolves.toBe(ranged.rows[0]!.state);
    await expect(page.getByTestId('questions-csv').getAttribute('href')).resolves.toBe(
      `/api/v1/ngo-committee/questions.csv?from=${year}`,
    );
    await page.close();
  });

  it('filters questions by topic: table, totals, CSV and evidence list follow it', async () => {
    const topic = 'un-terminology';
    const figure = await api<QuestionsByState>(`/api/v1/ngo-committee/questions?topic=${topic}`);
    expect(figure.topic).toBe(topic);
    expect(figure.rows.length).toBeGreaterThan(0);
    const top = figure.rows[0]!;

    const page = await open('/');
    const table = page.getByTestId('questions-table');
    await table.waitFor();
    await page.getByTestId('topic-filter').selectOption(topic);
    await page.waitForURL(`**/?topic=${topic}`);
    // the sentence names the topic once the figure for it has arrived
    await expect
      .poll(() => page.getByTestId('questions-total').textContent())
      .toBe(`${questions(figure.total)} about UN terminology, all years`);

    const rows = table.getByTestId('questions-row');
    expect(await rows.count()).toBe(figure.rows.length);
    await expect(rows.first().getAttribute('data-state')).resolves.toBe(top.state);
    await expect(rows.first().getByTestId('state-name').textContent()).resolves.toBe(top.nameEn);
    await expect(rows.first().getByTestId('question-count').textContent()).resolves.toBe(
      formatNumber(top.questions),
    );
    expect(await rows.first().textContent()).toContain(formatShare(top.share));
    await expect(page.getByTestId('chart-bar').first().getAttribute('data-state')).resolves.toBe(
      top.state,
    );
    await expect(page.getByTestId('chart-topic').first().textContent()).resolves.toBe(
      'only questions about UN terminology',
    );
    // the topic column shows what else those questions are about, never the topic itself
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toContain('Also about');
    const chips = rows.first().getByTestId('row-topic');
    const counts = await chips.evaluateAll((els) => els.map((e) => Number(e.dataset.count)));
    expect(counts).toEqual(topTwoCounts(top.topics, topic));
    expect(await table.locator(`[data-testid="row-topic"][data-topic="${topic}"]`).count()).toBe(0);

    // the CSV link asks for the same figure, and its first row is the table's
    const csvHref = await page.getByTestId('questions-csv').getAttribute('href');
    expect(csvHref).toBe(`/api/v1/ngo-committee/questions.csv?topic=${topic}`);
    const csv = await fetch(`${web.url}${csvHref}`);
    expect(csv.status).toBe(200);
    const firstRow = (await csv.text()).split('\n')[1]!;
    expect(firstRow.startsWith(`${top.state},`)).toBe(true);
    expect(firstRow).toContain(`,${top.questions},${top.share.toFixed(4)},`);
    await shot(page, 'questions-topic-en');

    // the evidence link keeps the topic and lists exactly the questions counted
    const link = rows.first().getByTestId('evidence-link');
    await expect(link.getAttribute('href')).resolves.toBe(`/questions/${top.state}?topic=${topic}`);
    await link.click();
    await page.waitForURL(`**/questions/${top.state}?topic=${topic}`);
    await expect(page.getByTestId('evidence-total').textContent()).resolves.toBe(
      `${questions(top.questions)} about UN terminology, all years`,
    );
    const items = page.getByTestId('evidence-item');
    expect(await items.count()).toBe(Math.min(QUESTIONS_PAGE_SIZE, top.questions));
    // every question listed carries the topic
    const labelled = await items.evaluateAll(
      (els, tp) => els.filter((e) => e.querySelector(`[data-topic="${tp}"]`) !== null).length,
      topic,
    );
    expect(labelled).toBe(await items.count());
    await expect(page.getByTestId('topic-filter').inputValue()).resolves.toBe(topic);
    await expect(page.getByTestId('back-to-questions').getAttribute('href')).resolves.toBe(
      `/?topic=${topic}`,
    );
    await shot(page, 'evidence-topic-en');
    await page.close();
  });

  it('opens the evidence list for a state, each question with its source line', async () => {
    const figure = await api<QuestionsByState>('/api/v1/ngo-committee/questions');
    const top = figure.rows[0]!;
    const page = await open('/');
    await page.getByTestId('questions-row').first().getByTestId('evidence-link').click();
    await page.waitForURL(`**/questions/${top.state}`);
    const items = page.getByTestId('evidence-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(Math.min(20, top.questions));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      top.nameEn,
    );
    const line = await items.first().getByTestId('source-line').textContent();
    expect(line).toMatch(/^line \d+$/);
    await expect(items.first().getByTestId('organization-link').textContent()).resolves.not.toBe(
      '',
    );
    await shot(page, 'evidence-en');
    await page.close();
  });

  it('opens an application timeline from the pending page, with events and sources', async () => {
    const pending = await api<PendingPage>('/api/v1/ngo-committee/pending?minYears=0');
    expect(pending.total).toBeGreaterThan(0);
    const first = pending.items[0]!;
    const history = await api<{ events: { questions: unknown[] }[] }>(
      `/api/v1/ngo-committee/applications/${first.organizationId}`,
    );

    const page = await open('/pending?minYears=0');
    const table = page.getByTestId('pending-table');
    await table.waitFor();
    await shot(page, 'pending-en');
    await table.getByTestId('timeline-link').first().click();
    await page.waitForURL(`**/application/${first.organizationId}`);
    await expect(page.getByTestId('organization-name').textContent()).resolves.toBe(
      first.organization,
    );
    const events = page.getByTestId('timeline-event');
    await events.first().waitFor();
    expect(await events.count()).toBe(history.events.length);
    // every event and every question names its source and line
    const questions = history.events.reduce((n, e) => n + e.questions.length, 0);
    expect(await page.getByTestId('timeline-question').count()).toBe(questions);
    expect(await page.getByTestId('timeline').getByTestId('source').count()).toBe(
      history.events.length + questions,
    );
    expect(await events.first().getByTestId('source-line').first().textContent()).toMatch(
      /^line \d+$/,
    );
    await shot(page, 'timeline-en');
    await page.close();
  });

  it('switches to Chinese: navigation, headers and state names', async () => {
    const figure = await api<QuestionsByState>('/api/v1/ngo-committee/questions');
    const states = await api<StatesList>('/api/v1/states');
    const zhName = new Map(states.items.map((s) => [s.code, s.nameZh]));

    const page = await open('/');
    await page.getByTestId('questions-table').waitFor();
    await page.getByTestId('lang-switch').getByRole('button', { name: '中文' }).click();
    await expect(page.getByTestId('nav-questions').textContent()).resolves.toBe('各国提问');
    await expect(page.getByTestId('nav-votes').textContent()).resolves.toBe('非政府组织委员会表决');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
    const headers = await page.getByTestId('questions-table').locator('thead th').allTextContents();
    expect(headers).toEqual(['#', '国家', '提问数', '占比', '重复提问', '主要涉及', '证据']);
    const names = await page.getByTestId('state-name').allTextContents();
    expect(names).toEqual(figure.rows.map((r) => zhName.get(r.state)));
    await expect(page.getByTestId('sample-banner').textContent()).resolves.toBe(
      '示例数据——组织均为虚构，仅供试用',
    );
    await shot(page, 'questions-zh');

    // the choice outlives a reload, and ?lang= in an address wins over it
    await page.reload();
    await expect(page.getByTestId('nav-questions').textContent()).resolves.toBe('各国提问');
    await page.goto(`${web.url}/votes?lang=en`);
    await expect(page.getByTestId('nav-questions').textContent()).resolves.toBe(
      'Questions by state',
    );
    await page.close();
  });

  /**
   * The vote list a figure links to holds the votes the API lists for the same filter, in the
   * same order, each with its source line and the ballots of the states in question.
   */
  async function expectVoteList(page: Page, filter: string, states: string[]): Promise<VoteList> {
    const list = await api<VoteList>(
      `/api/v1/ngo-committee/votes/list?${filter}&pageSize=${VOTES_PAGE_SIZE}`,
    );
    await page.getByTestId('vote-list-total').waitFor();
    const total = new Intl.NumberFormat('en-GB').format(list.total);
    expect(await page.getByTestId('vote-list-total').textContent()).toMatch(
      new RegExp(`^${total} recorded votes?, `),
    );
    const items = page.getByTestId('vote-item');
    expect(list.total).toBeGreaterThan(0);
    expect(await items.count()).toBe(Math.min(VOTES_PAGE_SIZE, list.total));
    const ids = await items.evaluateAll((els) => els.map((e) => Number(e.dataset.voteId)));
    expect(ids).toEqual(list.items.map((v) => v.id));
    // every vote names its source line, the one the API gives
    expect(await items.getByTestId('source-line').allTextContents()).toEqual(
      list.items.map((v) => `line ${v.source.line}`),
    );
    for (const [i, vote] of list.items.entries()) {
      const ballots = items.nth(i).getByTestId('ballot');
      const shown = await ballots.evaluateAll((els) =>
        els.map((e) => [e.dataset.state, e.dataset.ballot]),
      );
      expect(shown).toEqual(states.map((s) => [s, vote.ballots[s]]));
    }
    return list;
  }

  it('links each member and each agreement figure to the votes behind it', async () => {
    const summary = await api<RollCalls>('/api/v1/ngo-committee/votes');
    expect(summary.members.length).toBeGreaterThan(1);

    // a member's record: its "votes" figure is the number of votes listed behind it
    const member = summary.members[0]!;
    const page = await open('/votes');
    const row = page.locator(`[data-testid="member-row"][data-state="${member.state}"]`);
    const figure = await row.getByTestId('member-votes-link').textContent();
    await row.getByTestId('member-votes-link').click();
    await page.waitForURL(`**/votes/list?state=${member.state}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      member.nameEn,
    );
    const memberList = await expectVoteList(page, `state=${member.state}`, [member.state]);
    expect(figure).toBe(new Intl.NumberFormat('en-GB').format(memberList.total));
    expect(memberList.total).toBe(member.evidence.ids.length);
    await shot(page, 'vote-list-en');

    // a pair's agreement; preferably one where a member was absent in some vote, which the list
    // must leave out as the agreement figure does
    const all = await api<VoteList>('/api/v1/ngo-committee/votes/list?pageSize=500');
    const absentIn = (p: { a: string; b: string }) =>
      all.items.some(
        (v) =>
          v.ballots[p.a] !== undefined &&
          v.ballots[p.b] !== undefined &&
          (v.ballots[p.a] === 'absent' || v.ballots[p.b] === 'absent'),
      );
    const pair = summary.agreement.find(absentIn) ?? summary.agreement[0]!;
    await page.goBack();
    const cell = page
      .getByTestId('agreement-matrix')
      .locator(`a[href="/votes/list?state=${pair.a}&with=${pair.b}"]`);
    await cell.click();
    await page.waitForURL(`**/votes/list?state=${pair.a}&with=${pair.b}`);
    const pairList = await expectVoteList(page, `state=${pair.a}&with=${pair.b}`, [pair.a, pair.b]);
    // the list behind a cell is exactly the votes the cell counts
    expect(pairList.total).toBe(pair.votes);
    expect(
      pairList.items.every((v) => v.ballots[pair.a] !== 'absent' && v.ballots[pair.b] !== 'absent'),
    ).toBe(true);
    await shot(page, 'vote-list-pair-en');

    // the same list in Chinese
    await page.goto(`${web.url}/votes/list?state=${pair.a}&with=${pair.b}&lang=zh`);
    await page.getByTestId('vote-item').first().waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /^记录表决：/,
    );
    expect(await page.getByTestId('source-line').first().textContent()).toMatch(/^第 \d+ 行$/);
    await shot(page, 'vote-list-zh');
    await page.close();
  });

  it('renders the votes, application and about pages in Chinese without errors', async () => {
    const page = await open('/votes?lang=zh');
    await page.getByTestId('members-table').waitFor();
    expect(
      await page.getByTestId('agreement-matrix').locator('td[data-agreement]').count(),
    ).toBeGreaterThan(0);
    await shot(page, 'votes-zh');

    const pending = await api<PendingPage>('/api/v1/ngo-committee/pending?minYears=0');
    await page.goto(`${web.url}/application/${pending.items[0]!.organizationId}`);
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('source-line').first().textContent()).toMatch(/^第 \d+ 行$/);
    await shot(page, 'timeline-zh');

    // an API error reaches the reader with the server's own message
    await page.goto(`${web.url}/application/999999999`);
    await expect(page.getByTestId('load-error').textContent()).resolves.toMatch(
      /no organisation "?999999999"?/,
    );

    await page.goto(`${web.url}/about`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot(page, 'about-zh');
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
