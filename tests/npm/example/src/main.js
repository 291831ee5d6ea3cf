// The bundler example: run as is by node (native async functions), and bundled through each
// async2gen plugin; both must print the same lines.
import { fetchAll, ticker, fail, order } from './lib.js';
import { plain } from './plain.js';

async function main() {
  console.log(plain());
  const values = await fetchAll([1, 2, 3]);
  console.log('values', values.join(','), 'marker:main-values');
  for await (const v of ticker(3)) console.log('tick', v);
  try {
    await fail();
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log('order', (await order()).join(' '));
}

main().then(() => console.log('done'));
