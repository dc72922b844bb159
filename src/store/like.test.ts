import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import type { Store } from './open-store.js';
import { escapeLike, likeEscaped } from './like.js';
import { skipName } from '../../test/skip.js';

const TITLES = ['100% sure', '100 percent', 'a_b', 'axb', 'bang! here', 'bang here', 'back\\slash'];

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`LIKE with escaped text (${kind.name})`, kind.skip), () => {
    let store: Store;
    beforeAll(async () => {
      store = await kind.open();
      await store.db
        .insertInto('meta')
        .values(TITLES.map((value, i) => ({ key: `like-${i}`, value })))
        .execute();
    });
    afterAll(async () => store?.close());

    const matching = async (text: string) =>
      (
        await store.db
          .selectFrom('meta')
          .select('value')
          .where('key', 'like', 'like-%')
          .where((eb) => likeEscaped(eb.ref('value'), `%${escapeLike(text)}%`))
          .orderBy('value')
          .execute()
      ).map((r) => r.value);

    it('takes % _ ! and \\ in the text literally', async () => {
      expect(await matching('%')).toEqual(['100% sure']);
      expect(await matching('_')).toEqual(['a_b']);
      expect(await matching('!')).toEqual(['bang! here']);
      expect(await matching('\\')).toEqual(['back\\slash']);
      expect(await matching('0 p')).toEqual(['100 percent']);
    });
  });
}
