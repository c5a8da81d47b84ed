import { stopAll } from './stack.ts';

export default async function teardown() {
  await stopAll();
}
