import { createContactRequestSchema } from '@bep/contracts';
import { DEMO_CONTACTS } from './demo-data';

describe('demo contacts', () => {
  it.each(DEMO_CONTACTS.map((contact) => [contact.fullName, contact]))('%s is what the API would store', (_name, contact) => {
    const request = { name: contact.fullName, function: contact.function, email: contact.email, phone: contact.phone, isBinome: contact.isBinome };
    expect(createContactRequestSchema.parse(request)).toEqual(request);
  });

  it('gives each commune a binôme of two at most', () => {
    const binomes = new Map<string, number>();
    for (const contact of DEMO_CONTACTS.filter((c) => c.isBinome)) binomes.set(contact.commune, (binomes.get(contact.commune) ?? 0) + 1);
    expect([...binomes.values()].every((size) => size <= 2)).toBe(true);
  });
});
