import { describe, expect, it } from 'vitest';
import { targetsOf } from './targets.js';
import { themesOf } from './themes.js';

describe('targetsOf (real catalogue titles)', () => {
  const states = (title: string, item: string | null = null): string[] =>
    targetsOf(title, item).map((t) => `${t.state}:${t.ruleId}`);

  it('finds the state a country text names after "in", "to", "of"', () => {
    expect(
      states('Situation of human rights in the Islamic Republic of Iran : resolution /'),
    ).toEqual(['IRN:title-state']);
    expect(
      states(
        'Situation of human rights of Rohingya Muslims and other minorities in Myanmar : resolution /',
      ),
    ).toEqual(['MMR:title-state']);
    expect(
      states(
        'Technical assistance and capacity-building for Afghanistan in the field of human rights : resolution /',
        '10',
      ),
    ).toEqual(['AFG:title-state']);
    expect(states('Assistance to Somalia in the field of human rights : resolution /')).toEqual([
      'SOM:title-state',
    ]);
    expect(
      states(
        'Situation of human rights in the Democratic People’s Republic of Korea : resolution /',
      ),
    ).toEqual(['PRK:title-state']);
  });

  it('under items 4 and 10 a state named anywhere is the target', () => {
    expect(states('Aung San Suu Kyi and Myanmar political prisoners : resolution /', '4')).toEqual([
      'MMR:agenda-item-4',
    ]);
    expect(states('Aung San Suu Kyi and Myanmar political prisoners : resolution /', '3')).toEqual(
      [],
    );
  });

  it("texts on Israel's occupation: ISR (the state scrutinised), then the territory (PSE, SYR)", () => {
    expect(
      states(
        'Israeli settlements in the Occupied Palestinian Territory, including East Jerusalem, and in the occupied Syrian Golan : resolution /',
        '7',
      ),
    ).toEqual(['ISR:occupying-power', 'PSE:occupied-territory', 'SYR:occupied-territory']);
    expect(states('Human rights in the occupied Syrian Golan : resolution /', '7')).toEqual([
      'ISR:occupying-power',
      'SYR:occupied-territory',
    ]);
    expect(
      states('Right of the Palestinian people to self-determination : resolution /', '7'),
    ).toEqual(['ISR:occupying-power', 'PSE:occupied-territory']);
    // A/HRC/RES/S-30/1 was ISR only, A/HRC/DEC/1/106 PSE only: now both get both
    expect(
      states(
        'Ensuring respect for international human rights law and international humanitarian law in the Occupied Palestinian Territory, including East Jerusalem, and in Israel : resolution /',
        '7',
      ),
    ).toEqual(['ISR:occupying-power', 'PSE:occupied-territory']);
    expect(
      states(
        'Human rights situation in Palestine and other occupied Arab territories : decision /',
        '4',
      ),
    ).toEqual(['ISR:occupying-power', 'PSE:occupied-territory']);
    expect(
      states(
        'Follow-up to the report of the United Nations Fact-Finding Mission on the Gaza Conflict : resolution /',
        '7',
      ),
    ).toEqual(['ISR:occupying-power', 'PSE:occupied-territory']);
    expect(
      states(
        'Follow-up to the report of the independent international fact-finding mission on the incident of the humanitarian flotilla : resolution /',
        '1',
      ),
    ).toEqual(['ISR:occupying-power']);
    const golan = targetsOf('Human rights in the occupied Syrian Golan : resolution /', '7');
    expect(golan[0]!.matched).toBe('occupied Syrian Golan');
  });

  it('"X caused by / under Y occupation" labels Y and X', () => {
    expect(
      states(
        'The grave situation of human rights in Lebanon caused by Israeli military operations : resolution /',
      ),
    ).toEqual(['ISR:occupying-power', 'LBN:title-state']);
    expect(
      states('Situation of human rights in Kuwait under Iraqi occupation : resolution /', '12'),
    ).toEqual(['IRQ:occupying-power', 'KWT:title-state']);
    const kuwait = targetsOf(
      'Situation of human rights in Kuwait under Iraqi occupation : resolution /',
      '12',
    );
    expect(kuwait[0]!.matched).toBe('under Iraqi occupation');
  });

  it('regions name the state they belong to; Kashmir does not (claimed by two)', () => {
    expect(states('Darfur : decision /', '2')).toEqual(['SDN:sub-national']);
    expect(states('Situation in China/Tibet : decision /', '12')).toEqual(['CHN:sub-national']);
    expect(
      states(
        'Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine : resolution /',
        '4',
      ),
    ).toEqual(['UKR:sub-national']);
    expect(states('Situation of human rights in Xinjiang : decision /')).toEqual([
      'CHN:sub-national',
    ]);
    expect(states('Situation of human rights in Jammu and Kashmir : decision /', '12')).toEqual([]);
    expect(targetsOf('Darfur : decision /', '2')[0]!.matched).toBe('Darfur');
  });

  it('agenda item 7 is a country item', () => {
    expect(states('Aung San Suu Kyi and Myanmar political prisoners : resolution /', '7')).toEqual([
      'MMR:agenda-item-7',
    ]);
  });

  it('gives no target to thematic texts and UPR outcomes', () => {
    expect(states('Civil society space : resolution /', '3')).toEqual([]);
    expect(
      states(
        'Promoting mutually beneficial cooperation in the field of human rights : resolution /',
        '3',
      ),
    ).toEqual([]);
    expect(
      states(
        'Cooperation with the United Nations, its representatives and mechanisms in the field of human rights : resolution /',
        '5',
      ),
    ).toEqual([]);
    expect(
      states(
        'Outcome of the universal periodic review : United Kingdom of Great Britain and Northern Ireland : decision /',
        '6',
      ),
    ).toEqual([]);
  });
});

describe('themesOf (real catalogue titles)', () => {
  const themes = (title: string, subject: string | null = null): string[] =>
    themesOf(title, subject).map((t) => t.theme);

  it('labels the texts on civic space, reprisals and defenders with the matched phrase', () => {
    expect(themesOf('Civil society space : resolution /', null)).toEqual([
      {
        theme: 'civil-society-space',
        ruleId: 'civil-society-space/title',
        matched: 'Civil society space',
      },
    ]);
    expect(
      themes(
        'Cooperation with the United Nations, its representatives and mechanisms in the field of human rights : resolution /',
      ),
    ).toEqual(['reprisals']);
    expect(
      themes(
        'Protecting human rights defenders addressing economic, social and cultural rights : resolution /',
      ),
    ).toEqual(['human-rights-defenders']);
    expect(
      themes(
        'Promoting mutually beneficial cooperation in the field of human rights : resolution /',
      ),
    ).toEqual(['mutually-beneficial-cooperation']);
    expect(themes('The right to development : resolution /')).toEqual(['development']);
    expect(themes('Human rights and unilateral coercive measures : resolution /')).toEqual([
      'unilateral-coercive-measures',
    ]);
    expect(
      themes(
        'The promotion and protection of human rights in the context of peaceful protests : resolution /',
      ),
    ).toEqual(['peaceful-protests']);
    expect(themes('Freedom of opinion and expression : resolution /')).toEqual([
      'freedom-of-expression',
    ]);
    expect(themes('Question of the death penalty : resolution /')).toEqual([]);
    expect(themes('Some title : resolution /', 'HUMAN RIGHTS DEFENDERS')).toEqual([
      'human-rights-defenders',
    ]);
  });
});
