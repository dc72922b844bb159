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

  it('a text under the occupied-territories item targets Israel even when its title names no place', () => {
    // A/HRC/RES/15/6 (2010), item 7, catalogue subject "FACT-FINDING MISSIONS - … - ISRAEL"
    const item7 = 'Human rights situation in Palestine and other occupied Arab territories';
    expect(
      targetsOf(
        'Follow-up to the report of the Committee of independent experts in international humanitarian and human rights law established pursuant to Council resolution 13/9 : resolution /',
        '7',
        { agendaTitle: item7 },
      ).map((t) => `${t.state}:${t.ruleId}:${t.matched}`),
    ).toEqual([`ISR:occupation-item:${item7}`]);
    // the Commission's item on the territories occupied in 1967 (E/CN.4/RES/2(XXXII))
    expect(
      states(
        'Question of the violation of human rights in the territories occupied as a result of hostilities in the Middle East : resolution /',
      ),
    ).toEqual(['ISR:occupying-power']);
    // E/CN.4/RES/1991/2: "Syrian Arab territory" is the Golan
    expect(states('Human rights in the occupied Syrian Arab territory : resolution /')).toEqual([
      'ISR:occupying-power',
      'SYR:occupied-territory',
    ]);
  });

  it('"in southern Lebanon", "in northern Uganda": a compass word between the cue and the state', () => {
    expect(states('Situation of human rights in southern Lebanon : resolution /')).toEqual([
      'LBN:title-state',
    ]);
    expect(states('Abduction of children from northern Uganda : resolution /')).toEqual([
      'UGA:title-state',
    ]);
  });

  it('when title and item give no target, a state in the catalogue subject does', () => {
    // E/CN.4/RES/1982/27, subject "IRAN (ISLAMIC REPUBLIC OF)"
    const generic =
      'Question of the violation of human rights and fundamental freedoms in any part of the world, with particular reference to colonial and other dependent countries and territories : resolution /';
    expect(
      targetsOf(generic, '12', { subject: 'IRAN (ISLAMIC REPUBLIC OF)' }).map(
        (t) => `${t.state}:${t.ruleId}`,
      ),
    ).toEqual(['IRN:agenda-subject']);
    // A/HRC/RES/53/25 (item 2): resolution 31/36 is on the settlements
    expect(
      targetsOf('Implementation of Human Rights Council resolution 31/36 : resolution /', '2', {
        subject: 'ISRAEL - SETTLEMENT POLICY - JERUSALEM - GOLAN HEIGHTS',
      }).map((t) => `${t.state}:${t.ruleId}`),
    ).toEqual(['ISR:agenda-subject']);
    // a thematic subject names no state; a title target wins over the subject
    expect(
      targetsOf('Civil society space : resolution /', '3', { subject: 'CIVIL SOCIETY' }),
    ).toEqual([]);
    expect(
      targetsOf('Situation of human rights in Belarus : resolution /', '4', {
        subject: 'BELARUS - RUSSIAN FEDERATION',
      }).map((t) => t.state),
    ).toEqual(['BLR']);
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
