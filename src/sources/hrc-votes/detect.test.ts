import { describe, expect, it } from 'vitest';
import { detectHrcVoteFile } from './detect.js';

describe('detectHrcVoteFile', () => {
  it('tells the five CSVs by their header and texts by extension', () => {
    expect(
      detectHrcVoteFile(
        'r.csv',
        'record_id,symbol,title,statement,date,year,body,collection,vote_type\n',
      ),
    ).toBe('ohchr-resolutions');
    expect(
      detectHrcVoteFile(
        'v.csv',
        '\ufeffrecord_id,symbol,date,year,body,vote_type,iso3,country,un_regional_group,vote\r\n',
      ),
    ).toBe('ohchr-votes');
    expect(
      detectHrcVoteFile('a.csv', 'rcid,session,importantvote,date,unres,amend,para,short,descr\n'),
    ).toBe('unga-roll-calls');
    expect(detectHrcVoteFile('b.csv', 'rcid,country,country_code,vote\n')).toBe('unga-votes');
    expect(detectHrcVoteFile('c.csv', 'rcid,short_name,issue\n')).toBe('unga-issues');
    expect(detectHrcVoteFile('release.HTML', '<html>')).toBe('press');
    expect(detectHrcVoteFile('release.txt', 'url: x\n---\n')).toBe('press');
    expect(detectHrcVoteFile('other.csv', 'a,b,c\n')).toBeNull();
    expect(detectHrcVoteFile('empty.bin', '')).toBeNull();
  });
});
