import * as assert from 'node:assert/strict';
import { measureGate } from '../../../src/cli/bench/gate';
import { measureProxy, proxyBenchSection } from '../../../src/cli/bench/proxy';
import { testEngine } from '../helpers/engine';

const STREAM = { name: 'tiny', language: 'python' as const, text: 'import subprocess\n\ndef run(cmd):\n    total = 0\n    for x in range(10):\n        total += x\n    return subprocess.run(cmd, shell=True)\n' };

describe('bench: gate and proxy sections', function () {
  this.timeout(60000);

  it('times the gate over a bare session on the alarm-free stream', async () => {
    const g = measureGate(await testEngine(), [STREAM], 4, 0, 1);
    assert.equal(g.alarms, 0, 'the alarming line is taken out');
    assert.ok(g.chunks > 10);
    assert.ok(g.p50Ms >= 0 && g.p50Ms <= g.p99Ms && g.p99Ms <= g.maxMs);
  });

  it('runs streams through the proxy and directly in one run, and reports both', async () => {
    const p = await measureProxy(await testEngine(), [STREAM], { concurrency: 3, phaseMs: 400, intervalMs: 5 });
    assert.equal(p.alarms, 0);
    assert.equal(p.errors, 0);
    assert.ok(p.direct.chunks > 20 && p.proxied.chunks > 20, JSON.stringify(p));
    assert.ok(p.throughput.directChunksPerSec > 0 && p.throughput.proxiedChunksPerSec > 0);
    assert.equal(p.addedP99Ms, Math.round((p.proxied.p99Ms - p.direct.p99Ms) * 1000) / 1000);
    assert.match(proxyBenchSection.text(p).join('\n'), /added by the proxy {2}p50 -?\d+\.\d+ ms, p99 -?\d+\.\d+ ms/);
  });
});
