import { Subject } from 'rxjs';
import { Loadable } from './loadable';

describe('Loadable', () => {
  it('tells loading, loaded (even with null) and failed apart', () => {
    const loadable = new Loadable<string | null>();
    expect([loadable.loaded(), loadable.loading()]).toEqual([false, false]);

    const answer = new Subject<string | null>();
    let seen: string | null | undefined;
    loadable.load(answer, (value) => (seen = value));
    expect(loadable.loading()).toBe(true);
    answer.next(null);
    expect([loadable.loaded(), loadable.loading(), loadable.value(), seen]).toEqual([true, false, null, null]);

    const failing = new Subject<string>();
    loadable.load(failing);
    failing.error(new Error('boom'));
    expect(loadable.failure()?.status).toBe(0);
    expect(loadable.loaded()).toBe(true);
  });

  it('lets a value set meanwhile win over a load under way, and forgets everything on reset', () => {
    const loadable = new Loadable<string>();
    const late = new Subject<string>();
    loadable.load(late);
    loadable.set('answer of a change');
    late.next('late');
    expect(loadable.value()).toBe('answer of a change');

    loadable.reset();
    expect([loadable.value(), loadable.loaded(), late.observed]).toEqual([null, false, false]);
  });
});
