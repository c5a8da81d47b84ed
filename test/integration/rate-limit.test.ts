// R-INV-11 / SR-10: public endpoints slow down whoever guesses invitation tokens or floods access requests, per
// address and per minute, without counting a person who uses their link properly.
import type { Request } from 'express';
import { rateLimit } from '../../api/routes/contacts.ts';

const from = (ip: string) => ({ ip }) as Request;
const refused = () => Promise.reject(Object.assign(new Error('This invitation link is not valid.'), { status: 404 }));

test(
  'R-INV-11 ten wrong tokens a minute from one address, then 429; another address and good links are not ' + 'affected',
  async () => {
    const limit = rateLimit(10, (outcome) => outcome === 'refused');
    for (let i = 0; i < 10; i++)
      await expect(limit(from('203.0.113.7'), refused)).rejects.toThrow('This invitation link is not valid.');
    await expect(limit(from('203.0.113.7'), () => Promise.resolve('ok'))).rejects.toMatchObject({
      kind: 'too-many',
      message: 'Too many attempts from this address. Wait a minute and try again.',
    });
    await expect(limit(from('198.51.100.2'), () => Promise.resolve('ok'))).resolves.toBe('ok');
    for (let i = 0; i < 50; i++) await limit(from('198.51.100.2'), () => Promise.resolve('ok'));
  },
);

test('SR-10 access requests: five written a minute per address, refused ones not counted', async () => {
  const limit = rateLimit(5, (outcome) => outcome === 'ok');
  for (let i = 0; i < 20; i++) await expect(limit(from('192.0.2.1'), refused)).rejects.toThrow();
  for (let i = 0; i < 5; i++) await limit(from('192.0.2.1'), () => Promise.resolve(i));
  await expect(limit(from('192.0.2.1'), () => Promise.resolve(6))).rejects.toMatchObject({ kind: 'too-many' });
});
