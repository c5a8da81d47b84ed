import { stopServers } from './setup.ts';

export default async function teardown() {
  await stopServers();
}
