import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPrivateGrpcTarget } from '../../server/src/engine/rules/security/cleartext-protocol-grpc';
import type { Finding } from '../../server/src/engine/types';
import { analyze } from './helpers';

const RULE = 'security/cleartext-protocol';
const GO = 'package rpc\n\nimport (\n\t"google.golang.org/grpc"\n\tinsec "google.golang.org/grpc/credentials/insecure"\n)\n\n';

async function findings(file: string, code: string): Promise<Finding[]> {
  return (await analyze(file, code)).findings.filter((f) => f.ruleId === RULE);
}

describe('security/cleartext-protocol: insecure gRPC clients', () => {
  it('tells private targets from remote ones', () => {
    for (const t of ['localhost:50051', '127.0.0.1:9000', '[::1]:443', ':50051', 'unix:///run/agent.sock', 'unix-abstract:agent', 'passthrough:///bufnet', 'dns:///localhost:50051', 'orders:50051', 'orders.shop.svc.cluster.local:8080']) {
      assert.equal(isPrivateGrpcTarget(t), true, t);
    }
    for (const t of ['payments.acme.io:443', 'dns:///payments.acme.io:443', 'dns://8.8.8.8/payments.acme.io', '10.20.0.7:50051', 'ipv4:34.117.59.81:50051']) {
      assert.equal(isPrivateGrpcTarget(t), false, t);
    }
  });

  it('names the remote target of the dial call around the option, with an import alias', async () => {
    const [finding, ...rest] = await findings('internal/rpc/c.go', `${GO}func C() {\n\tgrpc.NewClient("payments.acme.io:443", grpc.WithTransportCredentials(insec.NewCredentials()))\n}\n`);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /insec\.NewCredentials\(\)/);
    assert.match(finding.message, /to payments\.acme\.io:443 unencrypted/);
  });

  it('follows a target constant and an option slice passed to the dial call', async () => {
    const code = `${GO}const addr = "payments.acme.io:443"\n\nfunc C() {\n\topts := []grpc.DialOption{grpc.WithTransportCredentials(insec.NewCredentials())}\n\tgrpc.DialContext(ctx, addr, opts...)\n}\n`;
    const [finding] = await findings('internal/rpc/c.go', code);
    assert.match(finding.message, /to payments\.acme\.io:443/);
    const local = code.replace('payments.acme.io:443', 'localhost:50051');
    assert.deepEqual(await findings('internal/rpc/c.go', local), []);
  });

  it('reports an unknown target without naming one', async () => {
    const [finding] = await findings('internal/rpc/c.go', `${GO}func C(addr string) {\n\tgrpc.Dial(addr, grpc.WithInsecure())\n}\n`);
    assert.match(finding.message, /grpc\.WithInsecure\(\)/);
    assert.match(finding.message, /wherever its target points/);
  });

  it('ignores look-alike calls outside grpc, development-only branches and tests', async () => {
    assert.deepEqual(await findings('internal/rpc/c.go', 'package rpc\n\nfunc C() {\n\tclient.WithInsecure()\n\tinsecure.NewCredentials()\n}\n'), []);
    const dev = `${GO}func C() {\n\tif isDevelopment {\n\t\tgrpc.Dial("payments.acme.io:443", grpc.WithInsecure())\n\t}\n}\n`;
    assert.deepEqual(await findings('internal/rpc/c.go', dev), []);
    assert.deepEqual(await findings('tests/test_rpc.py', 'import grpc\nch = grpc.insecure_channel("payments.acme.io:50051")\n'), []);
  });

  it('reads Python channels, grpc.aio included', async () => {
    const [finding] = await findings('app/rpc.py', 'from grpc import aio\nTARGET = "payments.acme.io:50051"\nch = aio.insecure_channel(TARGET)\n');
    assert.match(finding.message, /aio\.insecure_channel\(\).*payments\.acme\.io:50051/);
    assert.deepEqual(await findings('app/rpc.py', 'import grpc\nch = grpc.insecure_channel("unix:///tmp/agent.sock")\n'), []);
  });
});
