import { formatPageTimings } from './page-report';

describe('formatPageTimings', () => {
  it('prints a Markdown row per page and campaign, in the order measured', () => {
    expect(
      formatPageTimings([
        { page: 'board', campaign: 'demo', firstRowsMs: 559, changeMs: 361, change: 'search by name' },
        { page: 'board', campaign: '35000', firstRowsMs: 728, changeMs: 402, change: 'search by name' },
      ]).split('\n'),
    ).toEqual([
      '| page | campaign | first rows ms | change | new rows ms |',
      '|---|---|--:|---|--:|',
      '| board | demo | 559 | search by name | 361 |',
      '| board | 35000 | 728 | search by name | 402 |',
    ]);
  });
});
