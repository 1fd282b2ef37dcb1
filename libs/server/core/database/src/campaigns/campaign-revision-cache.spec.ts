import { CampaignRevisionCache } from './campaign-revision-cache';

describe('CampaignRevisionCache', () => {
  const computing = () => {
    let calls = 0;
    return {
      compute: (value: string) => () => {
        calls += 1;
        return Promise.resolve(`${value}#${calls}`);
      },
      get calls() {
        return calls;
      },
    };
  };

  it('answers the same revision from memory and computes again once the revision rises', async () => {
    const cache = new CampaignRevisionCache<string>(10);
    const counter = computing();
    expect(await cache.read('c1', '5', 'all', counter.compute('a'))).toBe('a#1');
    expect(await cache.read('c1', '5', 'all', counter.compute('a'))).toBe('a#1');
    expect(await cache.read('c1', '6', 'all', counter.compute('b'))).toBe('b#2');
    expect(counter.calls).toBe(2);
  });

  it('keeps a newer entry for a reader that read an older revision, rather than going back', async () => {
    const cache = new CampaignRevisionCache<string>(10);
    const counter = computing();
    await cache.read('c1', '7', 'all', counter.compute('new'));
    expect(await cache.read('c1', '6', 'all', counter.compute('old'))).toBe('new#1');
    expect(await cache.read('c1', '7', 'all', counter.compute('again'))).toBe('new#1');
  });

  it('compares revisions as numbers, not as text', async () => {
    const cache = new CampaignRevisionCache<string>(10);
    const counter = computing();
    await cache.read('c1', '9', 'all', counter.compute('nine'));
    expect(await cache.read('c1', '10', 'all', counter.compute('ten'))).toBe('ten#2');
  });

  it('keeps campaigns and keys apart', async () => {
    const cache = new CampaignRevisionCache<string>(10);
    const counter = computing();
    await cache.read('c1', '1', 'all', counter.compute('c1'));
    expect(await cache.read('c2', '1', 'all', counter.compute('c2'))).toBe('c2#2');
    expect(await cache.read('c1', '1', 'stage=x', counter.compute('filtered'))).toBe('filtered#3');
    expect(await cache.read('c1', '1', 'all', counter.compute('c1'))).toBe('c1#1');
  });

  it('shares one computation between concurrent readers of one revision', async () => {
    const cache = new CampaignRevisionCache<string>(10);
    let release: (value: string) => void = () => undefined;
    const compute = jest.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const first = cache.read('c1', '1', 'all', compute);
    const second = cache.read('c1', '1', 'all', compute);
    release('shared');
    expect(await Promise.all([first, second])).toEqual(['shared', 'shared']);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed computation, so that the next reader tries again', async () => {
    const cache = new CampaignRevisionCache<string>(10);
    await expect(cache.read('c1', '1', 'all', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(cache.size).toBe(0);
    expect(await cache.read('c1', '1', 'all', () => Promise.resolve('back'))).toBe('back');
  });

  it('lets the least recently read entry go past its capacity', async () => {
    const cache = new CampaignRevisionCache<string>(2);
    const counter = computing();
    await cache.read('c1', '1', 'a', counter.compute('a'));
    await cache.read('c1', '1', 'b', counter.compute('b'));
    await cache.read('c1', '1', 'a', counter.compute('a'));
    await cache.read('c1', '1', 'c', counter.compute('c'));
    expect(cache.size).toBe(2);
    expect(await cache.read('c1', '1', 'a', counter.compute('a'))).toBe('a#1');
    expect(await cache.read('c1', '1', 'b', counter.compute('b'))).toBe('b#4');
  });

  it('computes every time for a request about no campaign', async () => {
    const cache = new CampaignRevisionCache<string>(10);
    const counter = computing();
    await cache.readFor(null, 'all', counter.compute('none'));
    expect(await cache.readFor(null, 'all', counter.compute('none'))).toBe('none#2');
    expect(await cache.readFor({ id: 'c1', revision: '3' }, 'all', counter.compute('c1'))).toBe('c1#3');
    expect(await cache.readFor({ id: 'c1', revision: '3' }, 'all', counter.compute('c1'))).toBe('c1#3');
    expect(cache.size).toBe(1);
  });
});
