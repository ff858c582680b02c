import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Engine, Finding, MonitorSession } from '../../../src/core';
import { testEngine } from '../helpers/engine';
import { DEV_STREAMS, LabelledStream, prng, readDevStreams, stratifiedSample } from '../helpers/streams';

function confirmed(session: MonitorSession): string[] {
  return session.findings.filter((f: Finding) => f.status === 'confirmed').map(f => `${f.ruleId}@${f.start.offset}-${f.end.offset}`).sort();
}

function fresh(engine: Engine, stream: LabelledStream, prefix: string): MonitorSession {
  const s = engine.createSession({ kind: stream.kind, language: stream.language });
  s.push(prefix);
  return s;
}

/**
 * The incremental session (edit + re-parse + re-query of the changed region only) must agree,
 * after every chunk, with a fresh analysis of the same prefix. `VIGIL_FULL_REPLAY=1` checks
 * every development stream; by default a stratified sample keeps the unit run short.
 */
describe('incremental analysis equals a fresh parse of every prefix', function () {
  if (!fs.existsSync(DEV_STREAMS)) {
    it('needs the development streams', () => assert.fail(`${DEV_STREAMS} not found (set VIGIL_DEV_STREAMS)`));
    return;
  }
  const all = readDevStreams();
  const streams = process.env.VIGIL_FULL_REPLAY ? all : stratifiedSample(all, 12);

  it(`agrees at every chunk on ${streams.length} development streams (random chunk sizes 1-48)`, async function () {
    this.timeout(0);
    const engine = await testEngine();
    const random = prng(7);
    const mismatches: string[] = [];
    let checks = 0;
    for (const stream of streams) {
      const session = engine.createSession({ kind: stream.kind, language: stream.language });
      let at = 0;
      while (at < stream.text.length && mismatches.length < 5) {
        const size = 1 + Math.floor(random() * 48);
        session.push(stream.text.slice(at, at + size));
        at += size;
        const prefix = stream.text.slice(0, at);
        const expected = confirmed(fresh(engine, stream, prefix));
        const actual = confirmed(session);
        checks++;
        if (expected.join() !== actual.join()) {
          mismatches.push(`${stream.id} at ${Math.min(at, stream.text.length)}: incremental [${actual.join(', ')}] vs fresh [${expected.join(', ')}]`);
          break;
        }
      }
    }
    assert.deepEqual(mismatches, [], `${mismatches.length} mismatches after ${checks} checks`);
    assert.ok(checks > streams.length, 'every stream was checked at several chunks');
  });
});
