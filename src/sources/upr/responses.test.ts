import { describe, expect, it } from 'vitest';
import { canonicalResponse, responsePhrase } from './responses.js';

// Wordings states use in addenda and matrices. Refusals must never come back "supported": the
// first rule list only knew "not accepted", so "not acceptable" fell through to "accept".
describe('canonicalResponse: refusals, qualified acceptances and their look-alikes', () => {
  it.each([
    // explicit refusals
    ['Not acceptable', 'rejected'],
    ['The recommendation is not acceptable', 'rejected'],
    ['The following recommendations are not acceptable to the Government', 'rejected'],
    ['Unacceptable', 'rejected'],
    ['The Government is not in a position to accept the following recommendations', 'rejected'],
    ['The following recommendations cannot be accepted', 'rejected'],
    ['Cannot accept', 'rejected'],
    ['The Government does not accept', 'rejected'],
    ['Ruritania do not accept these recommendations', 'rejected'],
    ['will not be accepted', 'rejected'],
    ['is unable to accept', 'rejected'],
    ['不能接受', 'rejected'],
    // support withheld, as the UN matrices print it: noted
    ['不支持', 'noted'],
    ['The following recommendations cannot be supported', 'noted'],
    ['Not supported', 'noted'],
    ['is not in a position to support', 'noted'],
    ['did not enjoy the support of Ruritania', 'noted'],
    [
      'Noted. The Government is not in a position to accept this recommendation at present',
      'noted',
    ],
    // qualified acceptances
    ['Partly accepted', 'partially'],
    ['Partly supported', 'partially'],
    ['Accepted, but not the part concerning the death penalty', 'partially'],
    ['Accepted in principle but not in part concerning abolition', 'partially'],
    ['Supported except for the reference to the Rome Statute', 'partially'],
    ['Accepted with the exception of the second part', 'partially'],
    // "partially implemented" describes the work, not the answer
    [
      'The following recommendations are supported, noting that some are partially implemented',
      'supported',
    ],
    ['The following recommendations, some partially implemented, are supported', 'supported'],
    ['Accepted and partly implemented', 'supported'],
    // plain acceptances stay as they were
    ['Acceptable', 'supported'],
    ['Accepted', 'supported'],
    ['enjoy the support of Ruritania', 'supported'],
  ] as const)('%s → %s', (raw, expected) => {
    expect(canonicalResponse(raw)).toBe(expected);
  });

  it('gives the phrase that decided, where it starts', () => {
    expect(responsePhrase('Recommendations 100.9 and 100.10 are not acceptable.')).toEqual({
      response: 'rejected',
      phrase: 'not acceptable',
      index: 37, // "Recommendations 100.9 and 100.10 are " is 37 characters
    });
    expect(responsePhrase('Noted. The Government does not accept it')).toMatchObject({
      response: 'noted',
      index: 0,
    });
  });
});
