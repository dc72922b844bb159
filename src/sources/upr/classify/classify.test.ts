import { describe, expect, it } from 'vitest';
import { UprClassification } from '../../../domain/upr.js';
import { classifyAction } from './action.js';
import { classifyRecommendation } from './classify.js';
import { classifyNarrative, saysRepeated } from './narrative.js';
import { classifyThemes } from './themes.js';
import { classifyTone } from './tone.js';

const en = (text: string) => classifyRecommendation({ text, sur: 'CHN', language: 'en' });

describe('classifyAction (UPR Info scale)', () => {
  it.each([
    ['Seek technical assistance from OHCHR in preparing its reports', 1, 'action.1.seek-share'],
    [
      'Share its experience in poverty alleviation with other developing countries',
      1,
      'action.1.seek-share',
    ],
    [
      'The international community to provide support to the country',
      1,
      'action.1.others-addressed',
    ],
    ['Continue its efforts to alleviate poverty', 2, 'action.2.verb'],
    ['Pursuing the process to abolishing the death penalty', 2, 'action.2.verb'],
    ['Consider ratifying the Rome Statute', 3, 'action.3.verb'],
    ['Recommended considering establishing a legal framework for refugees', 3, 'action.3.verb'],
    ['Take measures to promote gender equality', 4, 'action.4.general-object'],
    ['Adopt effective measures to combat trafficking', 4, 'action.4.general-object'],
    ['Strengthen the independence of the judiciary', 4, 'action.4.verb'],
    ['Ratify the International Covenant on Civil and Political Rights', 5, 'action.5.verb'],
    ['Adopt a law on domestic violence', 5, 'action.5.specific-object'],
    ['Immediately release all human rights defenders', 5, 'action.5.verb'],
    ['The Government should abolish the death penalty', 5, 'action.5.verb'],
    [
      'In line with its commitments, establish a national human rights institution',
      5,
      'action.5.specific-object',
    ],
    ['Ratification of the Optional Protocol to the Convention against Torture', 5, 'action.5.verb'],
  ] as const)('%s → %i', (text, category, ruleId) => {
    const label = classifyAction(text);
    expect(label.category).toBe(category);
    expect(label.ruleId).toBe(ruleId);
    expect(label.matched).not.toBe('');
  });
  it('falls back to 4 with a rule saying so', () => {
    expect(classifyAction('Gender equality in the workplace')).toMatchObject({
      category: 4,
      ruleId: 'action.4.default',
    });
  });
});

describe('classifyThemes', () => {
  it('labels several issues with the words that fired', () => {
    const themes = classifyThemes(
      'Release human rights defenders held in detention and ratify the ICCPR',
    );
    expect(themes.map((t) => t.theme)).toEqual(
      expect.arrayContaining([
        'Human rights defenders',
        'Detention',
        'International instruments',
        'CP rights - general',
      ]),
    );
    expect(themes.find((t) => t.theme === 'Detention')).toMatchObject({
      matched: 'detention',
      ruleId: 'theme.detention',
    });
  });
  it('labels both issues when one keyword sits inside a longer one', () => {
    const themes = classifyThemes('Protect migrant workers').map((t) => t.theme);
    expect(themes).toEqual(expect.arrayContaining(['Migrants', 'Labour']));
  });
  it('keeps HIV/AIDS case-sensitive', () => {
    expect(classifyThemes('Ensure access to treatment for HIV/AIDS').map((t) => t.theme)).toContain(
      'HIV - Aids',
    );
    expect(classifyThemes('Provide aids to farmers').map((t) => t.theme)).not.toContain(
      'HIV - Aids',
    );
  });
});

describe('classifyTone', () => {
  it.each([
    ['Release Ilham Tohti and all arbitrarily detained lawyers', 'critical'],
    ['Allow unhindered access to Xinjiang for the High Commissioner', 'critical'],
    ['Continue to investigate all allegations of torture', 'supportive'],
    ['Share its experience in poverty reduction', 'supportive'],
    ['Take measures to promote the right to education', 'neutral'],
  ] as const)('%s → %s', (text, tone) => {
    expect(classifyTone(text).tone).toBe(tone);
  });
});

describe('classifyNarrative and saysRepeated', () => {
  it.each([
    ['Continue to combat separatism, terrorism and extremism (Pakistan)', 'narrative.separatism'],
    [
      'Continue its counter-terrorism and de-radicalization efforts in Xinjiang',
      'narrative.xinjiang-terrorism',
    ],
    ['Continue to promote economic development in Xizang', 'narrative.xizang'],
    ['Continue to pursue a people-centred development philosophy', 'narrative.people-centred'],
    [
      'Continue to follow a path of human rights development suited to its national conditions',
      'narrative.national-conditions',
    ],
    ['Safeguard national security and prosperity in Hong Kong', 'narrative.hong-kong-security'],
    ['Share its achievements in poverty reduction', 'narrative.achievements'],
  ] as const)('%s → %s', (text, ruleId) => {
    expect(classifyNarrative(text)?.ruleId).toBe(ruleId);
  });
  // Endorsing wordings, from the UPR Info export and the China matrices.
  it.each([
    [
      'Continue to combat politicization and double standards in the field of human rights (Cuba);',
      'politicization',
    ],
    [
      'Continue the approach of cooperation, mutual respect and non-politicization of human rights issues',
      'non-politicization',
    ],
    [
      'Continue active efforts to de-politicize human rights in the United Nations system',
      'de-politicize',
    ],
    [
      "Continue facing the attempts of external interference in the country's internal affairs",
      "interference in the country's internal affairs",
    ],
    [
      'Commit to the principle of non-intervention in the internal affairs of other States',
      'non-intervention in the internal affairs',
    ],
    [
      'Uphold the principles of sovereignty and non-interference in the internal affairs of States',
      'non-interference in the internal affairs',
    ],
    [
      'Share its experience of the vocational education and training centres in Xinjiang',
      'vocational education and training centres',
    ],
  ] as const)('flags "%s" as non-politicization or vocational centres', (text, matched) => {
    expect(classifyNarrative(text)?.matched).toBe(matched);
  });
  // Critical or unrelated recommendations that only share a word with the narrative.
  it.each([
    // Netherlands → China 2018, noted: the quotes and "so-called" keep the official name at arm's length
    'Cooperate with and provide access to relevant United Nations bodies to help ensure that its policies in Xinjiang, particularly regarding the so-called “vocational education and training centres”, are in line with international human rights standards (Netherlands);',
    'Close the "vocational training centres" in Xinjiang and release those held there',
    // Moldova → Senegal: schools, not Xinjiang
    "Continue its efforts in the fight against maternal mortality, to facilitate women's access to health, and for the enrollment and retention of girls at school and in vocational training centers",
    // USA → Albania: a domestic board, not the human rights system
    'Follow the recommendations in the final report of the Organization for Security and Co-operation in Europe on the 28 June elections to minimize the politicization of the Media Monitoring Board and to facilitate training for the Board members in quantitative and qualitative media analysis',
    // Mexico → Jordan
    'Take measures to allow peaceful public meetings to be held freely and avoid using politicized charges and vague terminology which prevent citizens from exercising their freedom of assembly and association',
    // Australia → Bosnia and Herzegovina: separation of powers
    'Ensure that the relationship between the executive and the judiciary is based on mutual trust and respect for non-interference in their respective prerogatives and functions',
    // Canada → Belize: a police office
    "Strengthen the office of Ombudsman and the police department's office of internal affairs in order to improve capacity to hear and investigate complaints.",
    'End the campaign against the so-called "three evil forces" used to detain Uyghurs',
    // Ireland → Zimbabwe, Canada → Madagascar: domestic bodies kept out of party politics
    'Endeavour to depoliticize the police and military authorities to ensure impartial administration of justice',
    'Take, as soon as possible, the measures necessary to operationalize national human rights institutions, ensuring their independence and depoliticization, with the technical assistance of OHCHR',
  ])('does not flag "%s"', (text) => {
    expect(classifyNarrative(text)).toBeNull();
  });
  it('does not flag plain requests', () => {
    expect(classifyNarrative('Release all human rights defenders in Tibet')).toBeNull();
    expect(classifyNarrative('Combat terrorism in full respect of human rights')).toBeNull();
  });
  it('finds wording that says it repeats', () => {
    expect(saysRepeated('As recommended in the first cycle, ratify the ICCPR')).toBe(true);
    expect(
      saysRepeated('Reiterates its previous recommendation to abolish the death penalty'),
    ).toBe(true);
    expect(saysRepeated('Ratify the ICCPR')).toBe(false);
  });
});

describe('classifyRecommendation', () => {
  it('returns a valid classification with reasons', () => {
    const c = UprClassification.parse(
      en('Immediately release all human rights defenders (Sweden)'),
    );
    expect(c.action.category).toBe(5);
    expect(c.tone.tone).toBe('critical');
    expect(c.themes.map((t) => t.theme)).toContain('Human rights defenders');
  });
  it('does not apply English rules to Chinese text', () => {
    const c = classifyRecommendation({
      text: '批准《公民权利和政治权利国际公约》',
      sur: 'CHN',
      language: 'zh',
    });
    expect(c.action).toMatchObject({ category: 5, ruleId: 'action.5.zh-verb' });
    expect(c.themes).toEqual([]);
  });
});
